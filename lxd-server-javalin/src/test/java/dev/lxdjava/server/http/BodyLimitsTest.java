package dev.lxdjava.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lxdjava.server.openapi.Body;
import dev.lxdjava.server.openapi.RouteDoc;
import dev.lxdjava.server.openapi.Shape;
import io.javalin.Javalin;
import io.javalin.http.HttpResponseException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A route that declares a streamed body reads any size without the 1 MiB limit of JSON routes; both
 * kinds reject content types they do not list.
 */
class BodyLimitsTest {
  private static final long FIVE_MIB = 5L * 1024 * 1024;

  private static Javalin app;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void startServer() {
    Problems problems = new Problems(GatewayJson.mapper());
    app =
        Javalin.create(
            config -> {
              config.http.maxRequestSize = Body.MAX_BUFFERED_BYTES;
              Router router = new Router(config.routes);
              config.routes.beforeMatched(RequestRules::check);
              config.routes.exception(HttpResponseException.class, problems::handle);
              config.routes.exception(Exception.class, problems::handle);
              router.post(
                  "/upload",
                  Access.PUBLIC,
                  RouteDoc.builder("test", "Upload bytes")
                      .body(Body.streamed("raw bytes", "application/octet-stream"))
                      .json(200, "byte count", Shape.any())
                      .build(),
                  ctx -> ctx.result(Long.toString(count(ctx.bodyInputStream()))));
              router.post(
                  "/json",
                  Access.PUBLIC,
                  RouteDoc.builder("test", "Send JSON")
                      .body(Body.json(Shape.any()))
                      .json(200, "byte count", Shape.any())
                      .build(),
                  ctx -> ctx.result(Integer.toString(ctx.bodyAsBytes().length)));
            });
    app.start("127.0.0.1", 0);
  }

  @AfterAll
  static void stopServer() {
    app.stop();
  }

  private static long count(InputStream in) throws Exception {
    byte[] buffer = new byte[65536];
    long total = 0;
    for (int read; (read = in.read(buffer)) > 0; ) {
      total += read;
    }
    return total;
  }

  /** A body of {@code size} zero bytes, generated without holding it in memory. */
  private static Supplier<InputStream> zeros(long size) {
    return () ->
        new InputStream() {
          private long left = size;

          @Override
          public int read() {
            return left-- > 0 ? 0 : -1;
          }

          @Override
          public int read(byte[] b, int off, int len) {
            if (left <= 0) {
              return -1;
            }
            int n = (int) Math.min(len, left);
            java.util.Arrays.fill(b, off, off + n, (byte) 0);
            left -= n;
            return n;
          }
        };
  }

  private HttpResponse<String> post(String path, String contentType, long size, boolean chunked)
      throws Exception {
    HttpRequest.BodyPublisher body =
        chunked
            ? HttpRequest.BodyPublishers.ofInputStream(zeros(size))
            : HttpRequest.BodyPublishers.fromPublisher(
                HttpRequest.BodyPublishers.ofInputStream(zeros(size)), size);
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
            .header("Content-Type", contentType)
            .POST(body)
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void streamedRouteReadsMoreThanJsonLimit() throws Exception {
    var reply = post("/upload", "application/octet-stream", FIVE_MIB, false);

    assertThat(reply.statusCode()).as(reply.body()).isEqualTo(200);
    assertThat(reply.body()).isEqualTo(Long.toString(FIVE_MIB));
  }

  @Test
  void streamedRouteReadsChunkedBody() throws Exception {
    var reply = post("/upload", "application/octet-stream", FIVE_MIB, true);

    assertThat(reply.body()).isEqualTo(Long.toString(FIVE_MIB));
  }

  @Test
  void streamedRouteRejectsOtherContentType() throws Exception {
    var reply = post("/upload", "application/json", 10, false);

    assertThat(reply.statusCode()).isEqualTo(415);
    assertThat(reply.body()).contains("application/octet-stream");
  }

  /**
   * Sends a request head and the first {@code bodyBytes} of its body over a raw socket, then reads
   * the reply without sending more: a client that kept writing after the server replied and closed
   * could see a connection reset instead of the reply, which would test TCP, not the limit.
   */
  private static String sendPartially(String head, int bodyBytes) throws Exception {
    try (Socket socket = new Socket("127.0.0.1", app.port())) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(head.getBytes(StandardCharsets.US_ASCII));
      out.write(new byte[bodyBytes]);
      out.flush();
      byte[] reply = socket.getInputStream().readNBytes(4096);
      return new String(reply, StandardCharsets.UTF_8);
    }
  }

  @Test
  void jsonRouteRejectsDeclaredLengthOverLimit() throws Exception {
    String head =
        "POST /json HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
            + "Content-Length: "
            + FIVE_MIB
            + "\r\n\r\n";

    String reply = sendPartially(head, 0);

    assertThat(reply).startsWith("HTTP/1.1 413");
    assertThat(reply).containsIgnoringCase("Content-Type: application/problem+json");
  }

  @Test
  void jsonRouteCutsChunkedBodyAtLimit() throws Exception {
    int size = (int) Body.MAX_BUFFERED_BYTES + 4096;
    String head =
        "POST /json HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
            + "Transfer-Encoding: chunked\r\n\r\n"
            + Integer.toHexString(size)
            + "\r\n";

    String reply = sendPartially(head, size);

    assertThat(reply).startsWith("HTTP/1.1 413");
  }

  @Test
  void jsonRouteAcceptsBodyAtLimit() throws Exception {
    var reply = post("/json", "application/json", Body.MAX_BUFFERED_BYTES, false);

    assertThat(reply.statusCode()).isEqualTo(200);
    assertThat(reply.body()).isEqualTo(Long.toString(Body.MAX_BUFFERED_BYTES));
  }
}

package dev.lxdjava.transport.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import dev.lxdjava.core.LxdNotFoundException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class RestClientStreamingTest {
  private static final String SYNC = "{\"type\":\"sync\",\"status_code\":200,\"metadata\":{}}";
  private static final String NOT_FOUND =
      "{\"type\":\"error\",\"error_code\":404,\"error\":\"Instance not found\"}";

  @Test
  void sendStreamSendsBodyHeadersAndContentType() throws Exception {
    byte[] content = {0, 1, 2, (byte) 0xff, 0, 'x'};
    AtomicReference<byte[]> received = new AtomicReference<>();
    AtomicReference<String> mode = new AtomicReference<>();
    AtomicReference<String> type = new AtomicReference<>();
    try (LoopbackServer server =
        new LoopbackServer(
            exchange -> {
              received.set(exchange.getRequestBody().readAllBytes());
              mode.set(exchange.getRequestHeaders().getFirst("X-LXD-mode"));
              type.set(exchange.getRequestHeaders().getFirst("Content-Type"));
              LoopbackServer.reply(exchange, 200, SYNC);
            })) {

      LxdResponse response =
          server
              .client()
              .sendStream(
                  "POST",
                  LxdPath.of("upload"),
                  new ByteArrayInputStream(content),
                  "application/octet-stream",
                  Map.of("X-LXD-mode", "0640"),
                  Duration.ofSeconds(5));

      assertThat(response.async()).isFalse();
      assertThat(received.get()).isEqualTo(content);
      assertThat(mode.get()).isEqualTo("0640");
      assertThat(type.get()).isEqualTo("application/octet-stream");
    }
  }

  @Test
  void sendStreamLeavesCallerStreamOpen() throws Exception {
    ClosingWatch body = new ClosingWatch(new byte[] {1, 2, 3});
    try (LoopbackServer server =
        new LoopbackServer(
            exchange -> {
              exchange.getRequestBody().readAllBytes();
              LoopbackServer.reply(exchange, 200, SYNC);
            })) {

      server
          .client()
          .sendStream(
              "POST",
              LxdPath.of("upload"),
              body,
              "application/octet-stream",
              Map.of(),
              Duration.ofSeconds(5));

      assertThat(body.closed).isFalse();
    }
  }

  @Test
  void sendStreamRaisesTypedErrorFromEnvelope() throws Exception {
    try (LoopbackServer server =
        new LoopbackServer(
            exchange -> {
              exchange.getRequestBody().readAllBytes();
              LoopbackServer.reply(exchange, 404, NOT_FOUND);
            })) {
      RestClient client = server.client();

      assertThatThrownBy(
              () ->
                  client.sendStream(
                      "POST",
                      LxdPath.of("upload"),
                      new ByteArrayInputStream(new byte[] {1}),
                      "application/octet-stream",
                      Map.of(),
                      Duration.ofSeconds(5)))
          .isInstanceOf(LxdNotFoundException.class)
          .hasMessageContaining("Instance not found");
    }
  }

  @Test
  void downloadStreamsBodyAndHeaders() throws Exception {
    byte[] content = new byte[300_000];
    content[0] = 7;
    content[content.length - 1] = 9;
    try (LoopbackServer server =
        new LoopbackServer(
            exchange -> {
              exchange.getResponseHeaders().set("X-LXD-uid", "1000");
              exchange.sendResponseHeaders(200, content.length);
              exchange.getResponseBody().write(content);
              exchange.close();
            })) {

      Download download =
          server.client().download(LxdPath.of("file"), Map.of(), Duration.ofSeconds(5));
      byte[] read;
      try (download) {
        read = download.body().readAllBytes();
      }

      assertThat(download.status()).isEqualTo(200);
      assertThat(download.header("x-lxd-UID")).isEqualTo("1000");
      assertThat(read).isEqualTo(content);
    }
  }

  @Test
  void downloadRaisesTypedErrorFromEnvelope() throws Exception {
    try (LoopbackServer server =
        new LoopbackServer(exchange -> LoopbackServer.reply(exchange, 404, NOT_FOUND))) {
      RestClient client = server.client();

      assertThatThrownBy(() -> client.download(LxdPath.of("file"), Map.of(), Duration.ofSeconds(5)))
          .isInstanceOf(LxdNotFoundException.class);
    }
  }

  @Test
  void earlyCloseKeepsConnectionForSmallRest() throws Exception {
    List<Integer> clientPorts = new CopyOnWriteArrayList<>();
    try (LoopbackServer server =
        new LoopbackServer(
            exchange -> {
              clientPorts.add(exchange.getRemoteAddress().getPort());
              serve(exchange, 200_000);
            })) {
      RestClient client = server.client();

      for (int i = 0; i < 2; i++) {
        Download download =
            client.download(LxdPath.of("file"), Map.of(), Duration.ofSeconds(5), 1 << 20);
        download.body().read(new byte[10]);
        download.close();
      }

      assertThat(clientPorts).hasSize(2);
      assertThat(clientPorts.get(1))
          .as("second download reuses the connection")
          .isEqualTo(clientPorts.get(0));
    }
  }

  @Test
  void earlyCloseDropsLongRest() throws Exception {
    CompletableFuture<Boolean> served = new CompletableFuture<>();
    try (LoopbackServer server =
        new LoopbackServer(exchange -> served.complete(serve(exchange, 64 << 20)))) {

      Download download =
          server.client().download(LxdPath.of("file"), Map.of(), Duration.ofSeconds(5), 1024);
      download.body().read(new byte[10]);
      download.close();

      assertThat(served.get(5, TimeUnit.SECONDS)).as("server wrote the whole body").isFalse();
    }
  }

  /** Writes {@code length} bytes and returns whether all of them went out. */
  private static boolean serve(HttpExchange exchange, int length) throws IOException {
    exchange.sendResponseHeaders(200, length);
    byte[] chunk = new byte[8192];
    try {
      for (int sent = 0; sent < length; sent += chunk.length) {
        exchange.getResponseBody().write(chunk, 0, Math.min(chunk.length, length - sent));
      }
      exchange.close();
      return true;
    } catch (IOException dropped) {
      return false;
    }
  }

  /** A byte stream that records whether it was closed. */
  private static final class ClosingWatch extends InputStream {
    private final ByteArrayInputStream bytes;
    private boolean closed;

    ClosingWatch(byte[] content) {
      this.bytes = new ByteArrayInputStream(content);
    }

    @Override
    public int read() {
      return bytes.read();
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
      return bytes.read(buffer, offset, length);
    }

    @Override
    public void close() {
      closed = true;
    }
  }
}

package dev.lxdjava.server.routes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StreamsTest {
  private static final int SIZE = 1024 * 1024;

  private Javalin app;

  @BeforeEach
  void startServer() {
    app =
        Javalin.create(
            config -> {
              config.routes.get(
                  "/whole",
                  ctx -> Streams.download(ctx, new Source(SIZE, false), "text/plain", "a.txt"));
              config.routes.get(
                  "/cut",
                  ctx -> Streams.download(ctx, new Source(SIZE, true), "text/plain", "a.txt"));
            });
    app.start("127.0.0.1", 0);
  }

  @AfterEach
  void stopServer() {
    app.stop();
  }

  private HttpResponse<byte[]> get(String path) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path)).build(),
            HttpResponse.BodyHandlers.ofByteArray());
  }

  @Test
  void downloadArrivesWhole() throws Exception {
    var reply = get("/whole");

    assertThat(reply.statusCode()).isEqualTo(200);
    assertThat(reply.body()).hasSize(SIZE);
    assertThat(reply.headers().firstValue("Content-Disposition").orElseThrow())
        .startsWith("attachment; filename=\"a.txt\"");
  }

  @Test
  void sourceFailingMidwayCutsTransfer() {
    assertThatThrownBy(() -> get("/cut")).isInstanceOf(IOException.class);
  }

  /** {@code size} bytes of {@code x}; with {@code failHalfway} it fails after half of them. */
  private static final class Source extends InputStream {
    private final int size;
    private final boolean failHalfway;
    private int position;

    Source(int size, boolean failHalfway) {
      this.size = size;
      this.failHalfway = failHalfway;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0];
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      if (failHalfway && position >= size / 2) {
        throw new IOException("connection to LXD reset");
      }
      if (position >= size) {
        return -1;
      }
      int count = Math.min(length, size - position);
      java.util.Arrays.fill(buffer, offset, offset + count, (byte) 'x');
      position += count;
      return count;
    }
  }
}

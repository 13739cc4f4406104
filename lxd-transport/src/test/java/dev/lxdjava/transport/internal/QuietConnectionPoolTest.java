package dev.lxdjava.transport.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.Request;
import org.junit.jupiter.api.Test;

/**
 * Checks that no connection stays open without sending. Uploads and downloads back to back make
 * Jetty open connections that another connection then serves. Without the pool's guard such a
 * connection stays silent for the client's idle timeout, and this test often catches one.
 */
class QuietConnectionPoolTest {

  @Test
  void silentConnectionsCloseWithinIdleTimeout() throws Exception {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          exchange.getRequestBody().readAllBytes();
          if (exchange.getRequestMethod().equals("GET")) {
            exchange.sendResponseHeaders(200, 1);
            exchange.getResponseBody().write(7);
            exchange.close();
          } else {
            LoopbackServer.reply(exchange, 200, "{\"type\":\"sync\",\"metadata\":{}}");
          }
        });
    server.start();
    List<Silence> connections = new CopyOnWriteArrayList<>();
    try (ServerSocket relay = new ServerSocket()) {
      relay.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
      startDaemon(() -> relay(relay, server.getAddress().getPort(), connections));
      HttpClient http = JettyClients.start(new HttpClient(), "quiet-test", Duration.ofSeconds(5));
      RestClient client =
          new RestClient(
              new Tcp(http, relay.getLocalPort()), JsonFields.MAPPER, Duration.ofSeconds(5));

      for (int i = 0; i < 100; i++) {
        client.sendStream(
            "POST",
            LxdPath.of("files"),
            new ByteArrayInputStream(new byte[] {1}),
            "application/octet-stream",
            Map.of(),
            Duration.ofSeconds(5));
        try (Download download =
            client.download(LxdPath.of("files"), Map.of(), Duration.ofSeconds(5))) {
          download.body().readAllBytes();
        }
      }
      Thread.sleep(QuietConnectionPool.UNUSED_IDLE_TIMEOUT_MS + 800);
      JettyClients.stop(http);
    } finally {
      server.stop(0);
    }

    assertThat(connections).isNotEmpty();
    for (Silence connection : connections) {
      assertThat(connection.silentMillis())
          .as("milliseconds a connection stayed open without sending")
          .isLessThan(QuietConnectionPool.UNUSED_IDLE_TIMEOUT_MS + 500);
    }
  }

  /** Relays each accepted connection to the server and records when the client first sent. */
  private static void relay(ServerSocket relay, int serverPort, List<Silence> connections) {
    while (!relay.isClosed()) {
      try {
        Socket client = relay.accept();
        Socket upstream = new Socket(InetAddress.getLoopbackAddress(), serverPort);
        Silence silence = new Silence(System.nanoTime());
        connections.add(silence);
        startDaemon(() -> pipe(client, upstream, silence));
        startDaemon(() -> pipe(upstream, client, null));
      } catch (IOException closed) {
        return;
      }
    }
  }

  private static void pipe(Socket from, Socket to, Silence silence) {
    byte[] buffer = new byte[8192];
    try (InputStream in = from.getInputStream()) {
      OutputStream out = to.getOutputStream();
      int read;
      while ((read = in.read(buffer)) >= 0) {
        if (silence != null) {
          silence.spoke(System.nanoTime());
        }
        out.write(buffer, 0, read);
      }
    } catch (IOException closed) {
      // One side closed the connection.
    } finally {
      if (silence != null) {
        silence.spoke(System.nanoTime());
      }
      try {
        to.close();
      } catch (IOException ignored) {
        // Already closed.
      }
    }
  }

  private static void startDaemon(Runnable task) {
    Thread thread = new Thread(task);
    thread.setDaemon(true);
    thread.start();
  }

  /** When a connection opened and when its client first sent bytes or closed it. */
  private static final class Silence {
    private final long openedNanos;
    private volatile long firstNanos;

    Silence(long openedNanos) {
      this.openedNanos = openedNanos;
    }

    void spoke(long nanos) {
      if (firstNanos == 0) {
        firstNanos = nanos;
      }
    }

    long silentMillis() {
      long end = firstNanos == 0 ? System.nanoTime() : firstNanos;
      return (end - openedNanos) / 1_000_000;
    }
  }

  /** A plain TCP connection to the relay. */
  private record Tcp(HttpClient httpClient, int port) implements Connection {
    @Override
    public String baseUri() {
      return "http://127.0.0.1:" + port;
    }

    @Override
    public void customize(Request request) {}

    @Override
    public String describe() {
      return baseUri();
    }

    @Override
    public void close() {}
  }
}

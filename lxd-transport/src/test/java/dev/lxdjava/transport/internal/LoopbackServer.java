package dev.lxdjava.transport.internal;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.Request;

/**
 * The JDK's HTTP server on 127.0.0.1 with one handler, and a {@link RestClient} that talks to it
 * over TCP, for testing the client's streaming without LXD.
 */
final class LoopbackServer implements AutoCloseable {
  private final HttpServer server;
  private final TcpConnection connection;

  LoopbackServer(HttpHandler handler) throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", handler);
    server.start();
    connection = new TcpConnection("http://127.0.0.1:" + server.getAddress().getPort());
  }

  /** Creates a client with a 10 s request timeout. */
  RestClient client() {
    return new RestClient(connection, JsonFields.MAPPER, Duration.ofSeconds(10));
  }

  /** Sends a JSON reply. */
  static void reply(HttpExchange exchange, int status, String json) throws IOException {
    byte[] body = json.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, body.length);
    exchange.getResponseBody().write(body);
    exchange.close();
  }

  @Override
  public void close() {
    connection.close();
    server.stop(0);
  }

  /** A plain TCP connection to the loopback server. */
  private static final class TcpConnection implements Connection {
    private final String baseUri;
    private final HttpClient client;

    TcpConnection(String baseUri) {
      this.baseUri = baseUri;
      this.client = JettyClients.start(new HttpClient(), "loopback-test", Duration.ofSeconds(5));
    }

    @Override
    public HttpClient httpClient() {
      return client;
    }

    @Override
    public String baseUri() {
      return baseUri;
    }

    @Override
    public void customize(Request request) {}

    @Override
    public String describe() {
      return "loopback " + baseUri;
    }

    @Override
    public void close() {
      JettyClients.stop(client);
    }
  }
}

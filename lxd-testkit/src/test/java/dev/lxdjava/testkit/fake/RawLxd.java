package dev.lxdjava.testkit.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.client.BytesRequestContent;
import org.eclipse.jetty.client.ContentResponse;
import org.eclipse.jetty.client.Destination;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.Request;
import org.eclipse.jetty.io.Transport;
import org.eclipse.jetty.websocket.client.WebSocketClient;

/**
 * A minimal LXD client for the fake's own tests: plain HTTP and WebSockets over the fake's unix
 * socket, with LXD's envelopes as JSON trees.
 */
final class RawLxd implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path socket;
  private final HttpClient http;
  private final WebSocketClient webSockets;

  RawLxd(FakeLxd fake) throws Exception {
    this.socket = fake.socketPath();
    // WebSocket upgrades are created inside the WebSocket client; every request goes to the
    // socket when the destination is resolved.
    this.http =
        new HttpClient() {
          @Override
          public Destination resolveDestination(Request request) {
            request.transport(new Transport.TCPUnix(socket));
            return super.resolveDestination(request);
          }
        };
    this.webSockets = new WebSocketClient(http);
    http.start();
    webSockets.start();
  }

  /** A reply: HTTP status, headers and the body. */
  record Reply(int status, Map<String, String> headers, byte[] body) {
    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new AssertionError("reply is not JSON: " + new String(body), e);
      }
    }

    JsonNode metadata() {
      return json().get("metadata");
    }

    String header(String name) {
      return headers.get(name.toLowerCase(java.util.Locale.ROOT));
    }

    @Override
    public String toString() {
      return status + " " + new String(body);
    }
  }

  Reply get(String path) throws Exception {
    return send("GET", path, null, Map.of());
  }

  Reply send(String method, String path, Object body) throws Exception {
    return send(method, path, body, Map.of());
  }

  /**
   * Sends a request.
   *
   * @param body a value sent as JSON, raw bytes, or {@code null}
   */
  Reply send(String method, String path, Object body, Map<String, String> headers)
      throws Exception {
    Request request =
        http.newRequest(URI.create("http://lxd" + path))
            .method(method)
            .transport(new Transport.TCPUnix(socket))
            .timeout(30, TimeUnit.SECONDS);
    headers.forEach((name, value) -> request.headers(fields -> fields.put(name, value)));
    if (body instanceof byte[] bytes) {
      request.body(new BytesRequestContent("application/octet-stream", bytes));
    } else if (body != null) {
      request.body(new BytesRequestContent("application/json", JSON.writeValueAsBytes(body)));
    }
    ContentResponse response = request.send();
    Map<String, String> names = new java.util.LinkedHashMap<>();
    response
        .getHeaders()
        .forEach(field -> names.putIfAbsent(field.getLowerCaseName(), field.getValue()));
    return new Reply(response.getStatus(), names, response.getContent());
  }

  /** Waits for the operation of an async reply and returns the final operation. */
  JsonNode await(Reply async) throws Exception {
    if (async.status() != 202) {
      throw new AssertionError("expected an async reply, got " + async);
    }
    return awaitUrl(async.json().get("operation").asText());
  }

  /** Waits for the operation at {@code url} (as LXD returns it) and returns the final operation. */
  JsonNode awaitUrl(String url) throws Exception {
    String waitUrl =
        url.contains("?") ? url.replace("?", "/wait?timeout=30&") : url + "/wait?timeout=30";
    return get(waitUrl).metadata();
  }

  /** Sends a request whose reply must be async and waits for its operation to end. */
  JsonNode run(String method, String path, Object body) throws Exception {
    return await(send(method, path, body));
  }

  /** Opens a WebSocket to a path under the socket. */
  Frames webSocket(String path) throws Exception {
    Frames frames = new Frames();
    webSockets.connect(frames, URI.create("ws://lxd" + path)).get(10, TimeUnit.SECONDS);
    return frames;
  }

  @Override
  public void close() throws Exception {
    webSockets.stop();
    http.stop();
  }
}

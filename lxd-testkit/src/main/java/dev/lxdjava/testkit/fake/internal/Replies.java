package dev.lxdjava.testkit.fake.internal;

import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.websocket.server.ServerWebSocketContainer;

/** Writes one reply in LXD's envelopes and remembers its status for the request log. */
final class Replies {
  private final Request request;
  private final Response response;
  private final Callback callback;
  private final java.util.function.IntConsumer beforeWrite;
  private int status;

  /**
   * @param beforeWrite receives the status just before the reply goes out, so the request log is
   *     complete before the client can see the reply
   */
  Replies(
      Request request,
      Response response,
      Callback callback,
      java.util.function.IntConsumer beforeWrite) {
    this.request = request;
    this.response = response;
    this.callback = callback;
    this.beforeWrite = beforeWrite;
  }

  int status() {
    return status;
  }

  void write(ApiReply reply, String method) {
    if (reply instanceof ApiReply.Sync sync) {
      ObjectNode envelope = envelope("sync", "Success", 200);
      envelope.set("metadata", sync.metadata() == null ? NullNode.instance : sync.metadata());
      if (!sync.etag().isEmpty()) {
        response.getHeaders().put(HttpHeader.ETAG, "\"" + sync.etag() + "\"");
      }
      if (!sync.location().isEmpty()) {
        response.getHeaders().put(HttpHeader.LOCATION, sync.location());
      }
      json(sync.status(), envelope, method);
    } else if (reply instanceof ApiReply.Async async) {
      Operation operation = async.operation();
      ObjectNode envelope = envelope("async", "Operation created", 100);
      envelope.put("operation", operation.url());
      envelope.set("metadata", operation.initialJson());
      response.getHeaders().put(HttpHeader.LOCATION, operation.url());
      json(202, envelope, method);
    } else {
      ApiReply.Raw raw = (ApiReply.Raw) reply;
      for (Map.Entry<String, String> header : raw.headers().entrySet()) {
        response.getHeaders().put(header.getKey(), header.getValue());
      }
      bytes(raw.status(), raw.contentType(), raw.body(), method);
    }
  }

  void error(int code, String message) {
    ObjectNode envelope = envelope("error", "", 0);
    envelope.put("error_code", code);
    envelope.put("error", message);
    envelope.putNull("metadata");
    response.getHeaders().put("X-Content-Type-Options", "nosniff");
    int httpStatus = code >= 100 && code < 600 ? code : 500;
    json(httpStatus, envelope, request.getMethod());
  }

  void text(int httpStatus, String text) {
    bytes(httpStatus, "text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8), "GET");
  }

  /** Upgrades the request to a WebSocket served by {@code socket}. */
  void upgrade(ServerWebSocketContainer container, Object socket) {
    status = 101;
    beforeWrite.accept(101);
    boolean upgraded =
        container.upgrade(
            (upgradeRequest, upgradeResponse, cb) -> socket, request, response, callback);
    if (!upgraded) {
      text(400, "Bad Request\n");
    }
  }

  private static ObjectNode envelope(String type, String statusText, int statusCode) {
    ObjectNode envelope = Json.object();
    envelope.put("type", type);
    envelope.put("status", statusText);
    envelope.put("status_code", statusCode);
    envelope.put("operation", "");
    envelope.put("error_code", 0);
    envelope.put("error", "");
    return envelope;
  }

  private void json(int httpStatus, ObjectNode envelope, String method) {
    bytes(httpStatus, "application/json", Json.write(envelope), method);
  }

  private void bytes(int httpStatus, String contentType, byte[] body, String method) {
    status = httpStatus;
    beforeWrite.accept(httpStatus);
    response.setStatus(httpStatus);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, contentType);
    if (method.equals("HEAD")) {
      response.write(true, ByteBuffer.allocate(0), callback);
      return;
    }
    response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
    response.write(true, ByteBuffer.wrap(body), callback);
  }
}

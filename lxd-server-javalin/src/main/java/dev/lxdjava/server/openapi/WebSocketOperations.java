package dev.lxdjava.server.openapi;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lxdjava.server.http.Router.WsRouteSpec;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Renders a WebSocket route as a {@code GET} with a 101 response and an {@code x-websocket}
 * extension that lists the frames of its protocol and its close codes. A failed access check does
 * not refuse the upgrade, so browsers can read why: the socket opens and is closed with {@code 4000
 * +} the HTTP status of the failure, after an {@code error} message.
 */
final class WebSocketOperations {
  private final Components components;

  WebSocketOperations(Components components) {
    this.components = components;
  }

  ObjectNode operation(WsRouteSpec socket) {
    WsDoc doc = socket.doc();
    ObjectNode operation = Schemas.object();
    operation.putArray("tags").add(doc.tag());
    operation.put("summary", doc.summary());
    operation.put(
        "description",
        (doc.description().isEmpty() ? "" : doc.description() + "\n\n")
            + "WebSocket: upgrade with `GET` and `Connection: Upgrade`. The frames and close codes"
            + " are listed in `x-websocket`. A failed access check does not refuse the upgrade:"
            + " the socket opens, gets an `error` message and is closed with 4000 plus the HTTP"
            + " status of the failure (4401, 4403).");
    operation.put("operationId", OpenApiDocument.operationId(doc.summary()));
    ArrayNode parameters = Parameters.of(socket.path(), doc.pathParams(), doc.query());
    if (!parameters.isEmpty()) {
      operation.set("parameters", parameters);
    }
    ObjectNode responses = operation.putObject("responses");
    responses.putObject("101").put("description", "Switched to the WebSocket protocol");
    SecuritySchemes.apply(operation, socket.access(), socket.project(), true);
    operation.set("x-websocket", protocol(doc, closeCodes(socket)));
    return operation;
  }

  /** The route's own close codes and those of the access check, by code. */
  private static Map<Integer, String> closeCodes(WsRouteSpec socket) {
    Map<Integer, String> codes = new TreeMap<>(socket.doc().closeCodes());
    if (!socket.doc().query().isEmpty()) {
      codes.putIfAbsent(4400, "an invalid query parameter");
    }
    for (int status : OpenApiDocument.accessStatuses(socket.access())) {
      codes.putIfAbsent(
          4000 + status,
          status == 401
              ? "no credential, or an invalid, expired, revoked or used one"
              : "the role is too low in the route's project");
    }
    codes.putIfAbsent(4500, "an internal error; the gateway log has details");
    return codes;
  }

  private ObjectNode protocol(WsDoc doc, Map<Integer, String> closeCodes) {
    ObjectNode protocol = Schemas.object();
    ArrayNode subprotocols = protocol.putArray("subprotocols");
    doc.subprotocols().forEach(subprotocols::add);
    ArrayNode messages = protocol.putArray("messages");
    for (WsDoc.Message message : doc.messages()) {
      ObjectNode node = messages.addObject();
      node.put("direction", message.direction().name().toLowerCase(Locale.ROOT).replace('_', '-'));
      node.put("frame", message.frame().name().toLowerCase(Locale.ROOT));
      node.put("description", message.description());
      if (message.shape() != null) {
        node.set("schema", message.shape().render(components));
      }
    }
    ArrayNode codes = protocol.putArray("closeCodes");
    closeCodes.forEach(
        (code, meaning) -> codes.addObject().put("code", code).put("description", meaning));
    return protocol;
  }
}

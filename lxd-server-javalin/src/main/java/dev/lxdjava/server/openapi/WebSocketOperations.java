package dev.lxdjava.server.openapi;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lxdjava.server.http.Access;
import dev.lxdjava.server.http.Router.WsRouteSpec;
import java.util.Locale;

/**
 * Renders a WebSocket route as a {@code GET} with a 101 response and an {@code x-websocket}
 * extension that lists the frames of its protocol.
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
            + "WebSocket: upgrade with `GET` and `Connection: Upgrade`. The frames are listed in"
            + " `x-websocket`.");
    operation.put("operationId", OpenApiDocument.operationId(doc.summary()));
    ArrayNode parameters = Parameters.of(socket.path(), doc.pathParams(), doc.query());
    if (!parameters.isEmpty()) {
      operation.set("parameters", parameters);
    }
    ObjectNode responses = operation.putObject("responses");
    responses.putObject("101").put("description", "Switched to the WebSocket protocol");
    new ProblemResponses(components).add(responses, statuses(socket.access()));
    SecuritySchemes.apply(operation, socket.access(), socket.project(), true);
    operation.set("x-websocket", protocol(doc));
    return operation;
  }

  private static java.util.Set<Integer> statuses(Access access) {
    java.util.Set<Integer> statuses = new java.util.TreeSet<>(java.util.List.of(400, 404, 500));
    statuses.addAll(OpenApiDocument.accessStatuses(access));
    return statuses;
  }

  private ObjectNode protocol(WsDoc doc) {
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
    return protocol;
  }
}

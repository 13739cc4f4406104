package dev.lxdjava.server.ws;

import dev.lxdjava.core.event.Event;
import dev.lxdjava.core.event.EventFilter;
import dev.lxdjava.core.event.EventGap;
import dev.lxdjava.core.event.EventType;
import dev.lxdjava.core.event.LifecycleEvent;
import dev.lxdjava.core.event.LoggingEvent;
import dev.lxdjava.core.event.OperationEvent;
import dev.lxdjava.server.routes.OperationJson;
import java.util.LinkedHashMap;
import java.util.Map;

/** Events in LXD's own JSON shape, and the relay's gap and disconnect notices. */
final class EventJson {
  private EventJson() {}

  /**
   * Converts an event to the shape LXD sends it in: {@code type}, {@code timestamp}, {@code
   * location}, {@code project}, {@code metadata}.
   */
  static Map<String, Object> of(Event event) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", event.type().wireName());
    body.put("timestamp", event.timestamp());
    body.put("location", event.location());
    body.put("project", event.project());
    body.put("metadata", metadata(event));
    return body;
  }

  private static Map<String, Object> metadata(Event event) {
    Map<String, Object> metadata = new LinkedHashMap<>();
    if (event instanceof LifecycleEvent lifecycle) {
      metadata.put("action", lifecycle.action());
      metadata.put("source", lifecycle.source());
      metadata.put("context", lifecycle.context());
      if (!lifecycle.requestor().equals(LifecycleEvent.Requestor.NONE)) {
        Map<String, Object> requestor = new LinkedHashMap<>();
        requestor.put("username", lifecycle.requestor().username());
        requestor.put("protocol", lifecycle.requestor().protocol());
        requestor.put("address", lifecycle.requestor().address());
        metadata.put("requestor", requestor);
      }
    } else if (event instanceof OperationEvent operation) {
      metadata.putAll(OperationJson.operation(operation.operation()));
    } else if (event instanceof LoggingEvent logging) {
      metadata.put("message", logging.message());
      metadata.put("level", logging.level());
      metadata.put("context", logging.context());
    }
    return metadata;
  }

  /** {@code {"type": "subscribed", …}}: every event from now on is relayed. */
  static Map<String, Object> subscribed(EventFilter filter) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "subscribed");
    body.put("types", filter.types().stream().map(EventType::wireName).sorted().toList());
    body.put("project", filter.allProjects() ? null : filter.project());
    body.put("all_projects", filter.allProjects());
    return body;
  }

  /** {@code {"type": "gap", …}}: events between the two times may be missing. */
  static Map<String, Object> gap(EventGap gap) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "gap");
    body.put("disconnected_at", gap.disconnectedAt());
    body.put("reconnected_at", gap.reconnectedAt());
    body.put("reason", gap.reason());
    return body;
  }

  /** {@code {"type": "disconnected", …}}: the gateway lost LXD's stream and is reconnecting. */
  static Map<String, Object> disconnected(String reason) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "disconnected");
    body.put("reason", reason);
    return body;
  }
}

package dev.lxdjava.transport.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lxdjava.core.event.Event;
import dev.lxdjava.core.event.EventType;
import dev.lxdjava.core.event.LifecycleEvent;
import dev.lxdjava.core.event.LoggingEvent;
import dev.lxdjava.core.event.OperationEvent;
import java.time.Instant;
import java.util.Optional;

/** Maps LXD's event JSON to the SDK's event records. */
final class EventReplies {
  private EventReplies() {}

  /**
   * Maps one event; empty for types this SDK does not know, so a newer daemon cannot break a
   * subscription.
   */
  static Optional<Event> event(JsonNode node) {
    JsonFields event = JsonFields.of(node, "event");
    EventType type;
    try {
      type = EventType.fromWireName(event.text("type"));
    } catch (dev.lxdjava.core.LxdValidationException unknown) {
      return Optional.empty();
    }
    Instant timestamp = event.instant("timestamp");
    String location = event.text("location");
    String project = event.text("project");
    JsonFields metadata = event.object("metadata");
    return Optional.of(
        switch (type) {
          case LIFECYCLE -> lifecycle(timestamp, location, project, metadata);
          case OPERATION ->
              new OperationEvent(
                  timestamp,
                  location,
                  project,
                  Replies.operation(metadata.raw(), project.isEmpty() ? "default" : project));
          case LOGGING ->
              new LoggingEvent(
                  timestamp,
                  location,
                  project,
                  metadata.text("level"),
                  metadata.text("message"),
                  metadata.textMap("context"));
        });
  }

  private static LifecycleEvent lifecycle(
      Instant timestamp, String location, String project, JsonFields metadata) {
    JsonFields requestor = metadata.object("requestor");
    return new LifecycleEvent(
        timestamp,
        location,
        project,
        metadata.text("action"),
        metadata.text("source"),
        metadata.plainMap("context"),
        new LifecycleEvent.Requestor(
            requestor.text("username"), requestor.text("protocol"), requestor.text("address")));
  }
}

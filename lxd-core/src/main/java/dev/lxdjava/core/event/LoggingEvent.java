package dev.lxdjava.core.event;

import java.time.Instant;
import java.util.Map;

/**
 * A log message of the daemon. LXD sends every level, whatever its own log level is.
 *
 * @param timestamp when LXD emitted it
 * @param location cluster member, {@code none} outside a cluster
 * @param project project named by the event, usually empty
 * @param level {@code debug}, {@code info}, {@code warning} or {@code error}
 * @param message the message
 * @param context key-value details LXD attached
 */
public record LoggingEvent(
    Instant timestamp,
    String location,
    String project,
    String level,
    String message,
    Map<String, String> context)
    implements Event {

  public LoggingEvent {
    context = context == null ? Map.of() : Map.copyOf(context);
  }

  @Override
  public EventType type() {
    return EventType.LOGGING;
  }
}

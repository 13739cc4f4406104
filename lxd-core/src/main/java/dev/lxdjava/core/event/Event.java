package dev.lxdjava.core.event;

import java.time.Instant;

/**
 * One event from LXD's event stream. The type decides the record: {@link LifecycleEvent}, {@link
 * OperationEvent} or {@link LoggingEvent}.
 */
public sealed interface Event permits LifecycleEvent, OperationEvent, LoggingEvent {

  /** The kind of event. */
  EventType type();

  /** When LXD emitted it. */
  Instant timestamp();

  /** The cluster member that emitted it; {@code none} outside a cluster. */
  String location();

  /** The project it concerns; empty for daemon-wide events such as most log messages. */
  String project();
}

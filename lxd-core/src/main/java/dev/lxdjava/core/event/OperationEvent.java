package dev.lxdjava.core.event;

import dev.lxdjava.core.operation.Operation;
import java.time.Instant;

/**
 * The new state of a background operation.
 *
 * @param timestamp when LXD emitted it
 * @param location cluster member, {@code none} outside a cluster
 * @param project project of the operation
 * @param operation the operation as LXD described it in the event
 */
public record OperationEvent(
    Instant timestamp, String location, String project, Operation operation) implements Event {

  @Override
  public EventType type() {
    return EventType.OPERATION;
  }
}

package dev.lxdjava.core.event;

import dev.lxdjava.core.operation.Operation;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * LXD's event stream ({@code GET /1.0/events}, a WebSocket). Subscriptions with the same filter
 * share one connection to LXD; different filters never share one.
 */
public interface Events {

  /**
   * Subscribes to events of these types in this view's project. Returns once the connection to LXD
   * is open, so every event that happens afterwards is delivered. When a shared connection with the
   * same filter is reconnecting, it returns at once and the listener's first call is a gap.
   *
   * @throws dev.lxdjava.core.LxdTransportException if LXD cannot be reached
   */
  EventSubscription subscribe(Set<EventType> types, EventListener listener);

  /**
   * Subscribes with an explicit filter, for example {@link EventFilter#allProjects(Set)}.
   *
   * @throws dev.lxdjava.core.LxdTransportException if LXD cannot be reached
   */
  EventSubscription subscribe(EventFilter filter, EventListener listener);

  /**
   * Completes when the operation with this id in this view's project ends, using operation events
   * instead of a long-poll per operation: many waits share one event connection. The future
   * completes with the final operation when it succeeded, and fails with {@link
   * dev.lxdjava.core.operation.LxdOperationException} when it failed or was cancelled, or with
   * {@link dev.lxdjava.core.operation.LxdOperationNotFoundException} when LXD does not know it.
   * Cancelling the future stops the wait.
   */
  CompletableFuture<Operation> completion(String operationId);
}

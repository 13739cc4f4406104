package dev.lxdjava.transport.internal;

import dev.lxdjava.core.LxdException;
import dev.lxdjava.core.Names;
import dev.lxdjava.core.Scope;
import dev.lxdjava.core.event.Event;
import dev.lxdjava.core.event.EventFilter;
import dev.lxdjava.core.event.EventGap;
import dev.lxdjava.core.event.EventListener;
import dev.lxdjava.core.event.EventSubscription;
import dev.lxdjava.core.event.EventType;
import dev.lxdjava.core.event.OperationEvent;
import dev.lxdjava.core.operation.LxdOperationException;
import dev.lxdjava.core.operation.Operation;
import dev.lxdjava.core.operation.OperationStatus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * Waits for operations of one project through one operation-event subscription instead of one
 * {@code /wait} long-poll each. A wait registers first and then reads the operation once, so an
 * operation that ended before the subscription saw it is still found. After a gap in the event
 * stream, every pending operation is read again. The subscription closes when no wait is pending.
 */
final class OperationCompletions implements EventListener {
  private final EventHub hub;
  private final RestOperations operations;
  private final String project;
  private final Map<String, List<CompletableFuture<Operation>>> pending = new HashMap<>();
  private EventSubscription subscription;

  OperationCompletions(EventHub hub, RestClient rest, String project) {
    this.hub = hub;
    this.operations = new RestOperations(rest, Scope.DEFAULT.withProject(project));
    this.project = project;
  }

  CompletableFuture<Operation> completion(String id) {
    Names.segment("operation id", id);
    CompletableFuture<Operation> future = new CompletableFuture<>();
    synchronized (this) {
      pending.computeIfAbsent(id, key -> new ArrayList<>()).add(future);
      if (subscription == null) {
        try {
          subscription =
              hub.subscribe(EventFilter.project(project, Set.of(EventType.OPERATION)), this);
        } catch (LxdException e) {
          forget(id, future);
          future.completeExceptionally(e);
          return future;
        }
      }
    }
    future.whenComplete((result, failure) -> forget(id, future));
    check(id);
    return future;
  }

  private void check(String id) {
    try {
      Operation current = operations.get(id);
      if (current.isFinal()) {
        finish(current);
      }
    } catch (LxdException e) {
      failAll(id, e);
    }
  }

  @Override
  public void onEvent(Event event) {
    if (event instanceof OperationEvent update && update.operation().isFinal()) {
      finish(update.operation());
    }
  }

  @Override
  public void onGap(EventGap gap) {
    List<String> ids;
    synchronized (this) {
      ids = new ArrayList<>(pending.keySet());
    }
    ids.forEach(this::check);
  }

  private void finish(Operation finalState) {
    List<CompletableFuture<Operation>> waiting = take(finalState.id());
    for (CompletableFuture<Operation> future : waiting) {
      if (finalState.status() == OperationStatus.SUCCESS) {
        future.complete(finalState);
      } else {
        future.completeExceptionally(
            new LxdOperationException(
                finalState, "GET", operations.path(finalState.id()).toString()));
      }
    }
  }

  private void failAll(String id, LxdException failure) {
    take(id).forEach(future -> future.completeExceptionally(failure));
  }

  private synchronized List<CompletableFuture<Operation>> take(String id) {
    List<CompletableFuture<Operation>> waiting = pending.get(id);
    return waiting == null ? List.of() : new ArrayList<>(waiting);
  }

  private void forget(String id, CompletableFuture<Operation> future) {
    EventSubscription idle = null;
    synchronized (this) {
      List<CompletableFuture<Operation>> waiting = pending.get(id);
      if (waiting != null) {
        waiting.remove(future);
        if (waiting.isEmpty()) {
          pending.remove(id);
        }
      }
      if (pending.isEmpty() && subscription != null) {
        idle = subscription;
        subscription = null;
      }
    }
    if (idle != null) {
      idle.close();
    }
  }
}

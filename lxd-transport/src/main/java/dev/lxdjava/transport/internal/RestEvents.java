package dev.lxdjava.transport.internal;

import dev.lxdjava.core.Scope;
import dev.lxdjava.core.event.EventFilter;
import dev.lxdjava.core.event.EventListener;
import dev.lxdjava.core.event.EventSubscription;
import dev.lxdjava.core.event.EventType;
import dev.lxdjava.core.event.Events;
import dev.lxdjava.core.operation.Operation;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/** {@link Events} over the WebSocket {@code /1.0/events}. */
final class RestEvents implements Events {
  private final RestClient rest;
  private final Scope scope;

  RestEvents(RestClient rest, Scope scope) {
    this.rest = rest;
    this.scope = scope;
  }

  private EventHub hub() {
    return WebSocketSupport.of(rest.connection()).events();
  }

  @Override
  public EventSubscription subscribe(Set<EventType> types, EventListener listener) {
    return subscribe(EventFilter.project(scope.project(), types), listener);
  }

  @Override
  public EventSubscription subscribe(EventFilter filter, EventListener listener) {
    Objects.requireNonNull(filter, "filter");
    Objects.requireNonNull(listener, "listener");
    return hub().subscribe(filter, listener);
  }

  @Override
  public CompletableFuture<Operation> completion(String operationId) {
    return hub().completions(scope.project(), rest).completion(operationId);
  }
}

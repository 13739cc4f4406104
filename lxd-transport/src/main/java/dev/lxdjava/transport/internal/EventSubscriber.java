package dev.lxdjava.transport.internal;

import dev.lxdjava.core.event.Event;
import dev.lxdjava.core.event.EventFilter;
import dev.lxdjava.core.event.EventGap;
import dev.lxdjava.core.event.EventListener;
import dev.lxdjava.core.event.EventSubscription;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;

/** One subscription on a shared {@link EventUpstream}; delivers to its listener in order. */
final class EventSubscriber implements EventSubscription {
  private final EventUpstream upstream;
  private final EventHub hub;
  private final EventListener listener;
  private final SerialDelivery delivery;
  private final AtomicBoolean closed = new AtomicBoolean();

  EventSubscriber(
      EventUpstream upstream, EventHub hub, EventListener listener, WebSocketSupport support) {
    this.upstream = upstream;
    this.hub = hub;
    this.listener = listener;
    this.delivery =
        new SerialDelivery(
            support.workers(),
            count -> {
              Instant now = Instant.now();
              listener.onGap(
                  new EventGap(
                      now, now, 0, count + " events dropped because the listener fell behind"));
            });
  }

  void deliver(Event event) {
    delivery.submit(() -> listener.onEvent(event));
  }

  void disconnected(String reason) {
    delivery.submit(() -> listener.onDisconnected(reason));
  }

  void gap(EventGap gap) {
    delivery.submit(() -> listener.onGap(gap));
  }

  @Override
  public EventFilter filter() {
    return upstream.filter();
  }

  @Override
  public boolean isConnected() {
    return !closed.get() && upstream.isConnected();
  }

  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      delivery.stop();
      hub.unsubscribe(upstream, this);
    }
  }

  @Override
  public String toString() {
    return "EventSubscription[" + upstream.path() + "]";
  }
}

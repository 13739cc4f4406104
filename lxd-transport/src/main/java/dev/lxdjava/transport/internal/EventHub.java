package dev.lxdjava.transport.internal;

import dev.lxdjava.core.LxdException;
import dev.lxdjava.core.LxdTransportException;
import dev.lxdjava.core.event.EventFilter;
import dev.lxdjava.core.event.EventListener;
import dev.lxdjava.core.event.EventSubscription;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The event connections of one LXD connection: one {@link EventUpstream} per distinct {@link
 * EventFilter}, shared by all subscriptions with that filter and closed with the last of them.
 */
final class EventHub {
  private final WebSocketSupport support;
  private final Map<EventFilter, EventUpstream> upstreams = new HashMap<>();
  private final Map<String, OperationCompletions> completions = new HashMap<>();
  private boolean closed;

  EventHub(WebSocketSupport support) {
    this.support = support;
  }

  EventSubscription subscribe(EventFilter filter, EventListener listener) {
    EventUpstream upstream;
    EventSubscriber subscriber;
    boolean created;
    synchronized (this) {
      if (closed) {
        throw new LxdTransportException("the connection to LXD is closed");
      }
      upstream = upstreams.get(filter);
      created = upstream == null;
      if (created) {
        upstream = new EventUpstream(support, filter);
        upstreams.put(filter, upstream);
      }
      subscriber = new EventSubscriber(upstream, this, listener, support);
      upstream.add(subscriber);
    }
    try {
      if (created) {
        upstream.connectFirst();
      } else {
        awaitFirstConnection(upstream);
      }
      return subscriber;
    } catch (LxdException e) {
      subscriber.close();
      throw e;
    }
  }

  private static void awaitFirstConnection(EventUpstream upstream) {
    try {
      upstream
          .firstConnection()
          .get(EventUpstream.CONNECT_TIMEOUT.toMillis() * 2, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new LxdTransportException("interrupted while subscribing to LXD events", e);
    } catch (TimeoutException e) {
      throw new LxdTransportException("no connection to LXD's event stream", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof LxdException lxd) {
        throw lxd;
      }
      throw new LxdTransportException("cannot subscribe to LXD events", e.getCause());
    }
  }

  /** Removes a subscriber, and closes and drops its upstream when it was the last one. */
  void unsubscribe(EventUpstream upstream, EventSubscriber subscriber) {
    boolean last;
    synchronized (this) {
      last = upstream.remove(subscriber);
      if (last && upstreams.get(upstream.filter()) == upstream) {
        upstreams.remove(upstream.filter());
      }
    }
    if (last) {
      upstream.close();
    }
  }

  /** The operation waits of one project, created on first use. */
  synchronized OperationCompletions completions(String project, RestClient rest) {
    return completions.computeIfAbsent(project, key -> new OperationCompletions(this, rest, key));
  }

  /** The number of open upstream connections, for tests. */
  synchronized int upstreamCount() {
    return upstreams.size();
  }

  void close() {
    List<EventUpstream> open;
    synchronized (this) {
      closed = true;
      open = new ArrayList<>(upstreams.values());
      upstreams.clear();
    }
    open.forEach(EventUpstream::close);
  }
}

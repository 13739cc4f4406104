package dev.lxdjava.transport.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lxdjava.core.LxdException;
import dev.lxdjava.core.event.Event;
import dev.lxdjava.core.event.EventFilter;
import dev.lxdjava.core.event.EventGap;
import dev.lxdjava.core.event.EventType;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.eclipse.jetty.websocket.api.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One WebSocket to {@code /1.0/events} for one {@link EventFilter}, shared by every subscription
 * with that filter. When the connection is lost it reconnects with exponential backoff (from {@link
 * #FIRST_RETRY} up to {@link #MAX_RETRY}, with jitter) until the last subscription closes, and
 * reports the gap to each subscription.
 */
final class EventUpstream {
  private static final Logger LOG = LoggerFactory.getLogger(EventUpstream.class);

  static final Duration FIRST_RETRY = Duration.ofMillis(200);
  static final Duration MAX_RETRY = Duration.ofSeconds(10);
  static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(15);

  private final WebSocketSupport support;
  private final EventFilter filter;
  private final CompletableFuture<Void> firstConnection = new CompletableFuture<>();
  private final CopyOnWriteArrayList<EventSubscriber> subscribers = new CopyOnWriteArrayList<>();
  private Session session;
  private boolean connected;
  private boolean closed;
  private Instant disconnectedAt;
  private String lostReason = "";
  private int attempts;

  EventUpstream(WebSocketSupport support, EventFilter filter) {
    this.support = support;
    this.filter = filter;
  }

  EventFilter filter() {
    return filter;
  }

  synchronized boolean isConnected() {
    return connected;
  }

  LxdPath path() {
    LxdPath path =
        LxdPath.of("events")
            .query(
                "type",
                filter.types().stream()
                    .map(EventType::wireName)
                    .sorted()
                    .collect(Collectors.joining(",")));
    return filter.allProjects()
        ? path.query("all-projects", "true")
        : path.query("project", filter.project());
  }

  /**
   * Opens the first connection and waits for it. A failure is raised to the first subscriber and
   * completes {@link #firstConnection()} exceptionally for the others waiting on it.
   */
  void connectFirst() {
    try {
      Session opened =
          support.await(
              support.connect(path(), new EventFeed(this::deliver, this::lost)),
              path(),
              CONNECT_TIMEOUT);
      synchronized (this) {
        if (closed) {
          opened.close();
        } else {
          session = opened;
          connected = true;
        }
      }
      LOG.debug("event stream {} connected", path().pathOnly());
      firstConnection.complete(null);
    } catch (LxdException e) {
      firstConnection.completeExceptionally(e);
      throw e;
    }
  }

  /** Completes when the first connection is open, or fails when it could not be opened. */
  CompletableFuture<Void> firstConnection() {
    return firstConnection;
  }

  void add(EventSubscriber subscriber) {
    subscribers.add(subscriber);
  }

  /** Removes a subscriber and returns whether none remain. */
  boolean remove(EventSubscriber subscriber) {
    subscribers.remove(subscriber);
    return subscribers.isEmpty();
  }

  void close() {
    Session current;
    synchronized (this) {
      closed = true;
      connected = false;
      current = session;
      session = null;
    }
    if (current != null && current.isOpen()) {
      current.close();
    }
  }

  private void deliver(String text) {
    Optional<Event> event;
    try {
      JsonNode node = JsonFields.MAPPER.readTree(text);
      event = EventReplies.event(node);
    } catch (IOException | LxdException e) {
      LOG.warn("ignoring an unreadable event from {}: {}", path().pathOnly(), e.getMessage());
      return;
    }
    event.filter(filter::matches).ifPresent(e -> subscribers.forEach(s -> s.deliver(e)));
  }

  private void lost(String reason) {
    synchronized (this) {
      if (closed || !connected) {
        return;
      }
      connected = false;
      session = null;
      disconnectedAt = Instant.now();
      lostReason = reason;
      attempts = 0;
    }
    LOG.info("event stream {} lost ({}); reconnecting", path(), reason);
    subscribers.forEach(s -> s.disconnected(reason));
    scheduleReconnect();
  }

  private void scheduleReconnect() {
    long delay;
    synchronized (this) {
      if (closed) {
        return;
      }
      long base = FIRST_RETRY.toMillis() << Math.min(attempts, 10);
      long capped = Math.min(base, MAX_RETRY.toMillis());
      delay = capped / 2 + ThreadLocalRandom.current().nextLong(capped / 2 + 1);
      attempts++;
    }
    try {
      support.timers().schedule(this::reconnect, delay, TimeUnit.MILLISECONDS);
    } catch (java.util.concurrent.RejectedExecutionException stopping) {
      // The connection is closing; nothing to reconnect.
    }
  }

  private void reconnect() {
    CompletableFuture<Session> attempt =
        support.connect(path(), new EventFeed(this::deliver, this::lost));
    attempt.whenComplete(
        (opened, failure) -> {
          if (failure != null) {
            LOG.debug("event stream {} reconnect failed: {}", path(), failure.getMessage());
            scheduleReconnect();
            return;
          }
          EventGap gap;
          synchronized (this) {
            if (closed) {
              opened.close();
              return;
            }
            session = opened;
            connected = true;
            gap = new EventGap(disconnectedAt, Instant.now(), attempts, lostReason);
          }
          LOG.info("event stream {} reconnected after {} attempts", path(), gap.attempts());
          subscribers.forEach(s -> s.gap(gap));
        });
  }
}

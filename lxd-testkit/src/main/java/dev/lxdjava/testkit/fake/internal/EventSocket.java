package dev.lxdjava.testkit.fake.internal;

import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.websocket.api.Session;

/** One {@code /1.0/events} listener: pings like LXD and receives the events that match. */
public final class EventSocket implements Session.Listener.AutoDemanding, Events.Subscriber {
  /** LXD pings event listeners at this interval. */
  private static final long PING_SECONDS = 10;

  private final Daemon daemon;
  private final WebSockets registry;
  private final Set<String> types;
  private final String project;
  private volatile Session session;
  private volatile ScheduledFuture<?> pings;

  EventSocket(Daemon daemon, WebSockets registry, Set<String> types, String project) {
    this.daemon = daemon;
    this.registry = registry;
    this.types = Set.copyOf(types);
    this.project = project;
  }

  @Override
  public Set<String> types() {
    return types;
  }

  @Override
  public String project() {
    return project;
  }

  @Override
  public void send(String text) {
    Session open = session;
    if (open != null) {
      WebSockets.sendText(open, text);
    }
  }

  @Override
  public void onWebSocketOpen(Session opened) {
    session = opened;
    registry.opened(opened);
    WebSockets.sendKeepalive(opened);
    daemon.events.subscribe(this);
    pings =
        daemon.scheduler.scheduleAtFixedRate(
            () -> WebSockets.sendKeepalive(opened), PING_SECONDS, PING_SECONDS, TimeUnit.SECONDS);
  }

  @Override
  public void onWebSocketClose(int statusCode, String reason) {
    daemon.events.unsubscribe(this);
    ScheduledFuture<?> scheduled = pings;
    if (scheduled != null) {
      scheduled.cancel(false);
    }
    Session closed = session;
    if (closed != null) {
      registry.closed(closed);
    }
  }

  @Override
  public void onWebSocketError(Throwable cause) {
    onWebSocketClose(1006, String.valueOf(cause.getMessage()));
  }
}

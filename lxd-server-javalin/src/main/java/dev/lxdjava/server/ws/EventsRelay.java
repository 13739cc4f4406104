package dev.lxdjava.server.ws;

import dev.lxdjava.auth.ProjectSet;
import dev.lxdjava.auth.User;
import dev.lxdjava.core.Lxd;
import dev.lxdjava.core.event.Event;
import dev.lxdjava.core.event.EventFilter;
import dev.lxdjava.core.event.EventGap;
import dev.lxdjava.core.event.EventListener;
import dev.lxdjava.core.event.EventSubscription;
import dev.lxdjava.server.http.WsClosing;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Relays LXD events to one client as JSON text messages in LXD's shape. Events of projects outside
 * the caller's visible projects are dropped here, per event, so an all-projects subscription is
 * safe to share upstream. Events without a project (LXD's logging events) reach only callers who
 * see every project, that is whose global role suffices. Messages from the client are ignored.
 */
final class EventsRelay implements Relay, EventListener {
  private static final Logger LOG = LoggerFactory.getLogger(EventsRelay.class);

  private final User user;
  private final ProjectSet visible;
  private final ClientSocket client;
  private final EventSubscription subscription;

  EventsRelay(Lxd lxd, EventFilter filter, User user, ProjectSet visible, ClientSocket client) {
    this.user = user;
    this.visible = visible;
    this.client = client;
    // Holding the lock keeps the first events behind the "subscribed" message.
    synchronized (this) {
      this.subscription = lxd.events().subscribe(filter, this);
      send(EventJson.subscribed(filter));
    }
    LOG.info("events {} for {} opened", filter, user.username());
  }

  @Override
  public void onEvent(Event event) {
    boolean shown = event.project().isEmpty() ? visible.all() : visible.contains(event.project());
    if (shown) {
      send(EventJson.of(event));
    }
  }

  @Override
  public void onGap(EventGap gap) {
    send(EventJson.gap(gap));
  }

  @Override
  public void onDisconnected(String reason) {
    send(EventJson.disconnected(reason));
  }

  private synchronized void send(Map<String, Object> message) {
    if (!client.isOpen()) {
      return;
    }
    try {
      client.sendJson(message);
    } catch (IOException e) {
      client.close(WsClosing.code(408), e.getMessage());
      onClientClosed(e.getMessage());
    }
  }

  @Override
  public void onText(String message) {
    // The stream is one-way; LXD ignores what clients send on it too.
  }

  @Override
  public void onBinary(ByteBuffer data) {
    // One-way, as above.
  }

  @Override
  public void shutdown() {
    client.close(WsClosing.GOING_AWAY, "gateway is shutting down");
    onClientClosed("gateway is shutting down");
  }

  @Override
  public void onClientClosed(String reason) {
    subscription.close();
    LOG.info("events for {} closed: {}", user.username(), reason);
  }
}

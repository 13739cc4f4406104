package dev.lxdjava.server.ws;

import dev.lxdjava.auth.User;
import dev.lxdjava.server.http.Authentication;
import io.javalin.websocket.WsConfig;
import io.javalin.websocket.WsConnectContext;
import io.javalin.websocket.WsContext;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The Javalin handlers of one relay route: keep the socket alive with pings and pass messages to
 * the connection's {@link Relay}. The gateway's access check has passed before any of them runs
 * ({@code WebSocketGuard} closes sockets that failed it), and an exception while the relay opens
 * reaches the guard too, which sends the error message and closes with {@code 4000 +} its status.
 */
final class RelayRoute implements Consumer<WsConfig> {
  private static final String RELAY = "lxd-relay";

  /** Interval of the pings that keep idle sockets and the proxies in between alive. */
  static final long PING_SECONDS = 20;

  /**
   * Largest binary message a client may send, so that pasted input fits in one. Jetty closes the
   * socket with 1009 on a larger one, with a reason that gives both sizes.
   */
  static final long MAX_BINARY_MESSAGE = 1024 * 1024;

  /** Opens the relay of a new connection. */
  @FunctionalInterface
  interface Opener {
    Relay open(WsConnectContext ctx, User user) throws Exception;
  }

  private final Opener opener;
  private final OpenRelays open;
  private final QueryCheck query;

  RelayRoute(Opener opener, OpenRelays open, QueryCheck query) {
    this.opener = opener;
    this.open = open;
    this.query = query;
  }

  @Override
  public void accept(WsConfig config) {
    config.onConnect(this::connect);
    config.onMessage(ctx -> relay(ctx).onText(ctx.message()));
    config.onBinaryMessage(ctx -> relay(ctx).onBinary(ctx.data()));
    config.onClose(ctx -> closed(ctx, "client closed (" + ctx.status() + ")"));
    config.onError(ctx -> closed(ctx, "socket failed: " + ctx.error()));
  }

  private void connect(WsConnectContext ctx) throws Exception {
    query.check(ctx.queryParamMap());
    ctx.session.setMaxBinaryMessageSize(MAX_BINARY_MESSAGE);
    Relay relay = open.open(() -> opener.open(ctx, Authentication.user(ctx)));
    ctx.attribute(RELAY, relay);
    ctx.enableAutomaticPings(PING_SECONDS, TimeUnit.SECONDS);
  }

  private void closed(WsContext ctx, String reason) {
    Relay relay = relay(ctx);
    open.remove(relay);
    relay.onClientClosed(reason);
  }

  private static Relay relay(WsContext ctx) {
    Relay relay = ctx.attribute(RELAY);
    return relay == null ? Closed.INSTANCE : relay;
  }

  /** Stands in for a connection whose opening failed; its socket is closing already. */
  private enum Closed implements Relay {
    INSTANCE;

    @Override
    public void onText(String message) {}

    @Override
    public void onBinary(java.nio.ByteBuffer data) {}

    @Override
    public void onClientClosed(String reason) {}

    @Override
    public void shutdown() {}
  }
}

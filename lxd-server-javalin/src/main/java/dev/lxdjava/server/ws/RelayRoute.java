package dev.lxdjava.server.ws;

import dev.lxdjava.auth.User;
import dev.lxdjava.server.http.Access;
import dev.lxdjava.server.http.Problem;
import dev.lxdjava.server.http.Problems;
import io.javalin.websocket.WsConfig;
import io.javalin.websocket.WsConnectContext;
import io.javalin.websocket.WsContext;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Javalin handlers of one relay route: authenticate when the socket opens (closing with 4401 or
 * 4403 on failure), keep it alive with pings, and pass messages to the connection's {@link Relay}.
 */
final class RelayRoute implements Consumer<WsConfig> {
  private static final Logger LOG = LoggerFactory.getLogger(RelayRoute.class);
  private static final String RELAY = "lxd-relay";

  /** Interval of the pings that keep idle sockets and the proxies in between alive. */
  static final long PING_SECONDS = 20;

  /** Opens the relay of a new connection. */
  @FunctionalInterface
  interface Opener {
    Relay open(WsConnectContext ctx, User user) throws Exception;
  }

  private final WsAuthentication authentication;
  private final Problems problems;
  private final Access access;
  private final Opener opener;
  private final OpenRelays open;

  RelayRoute(
      WsAuthentication authentication,
      Problems problems,
      Access access,
      Opener opener,
      OpenRelays open) {
    this.authentication = authentication;
    this.problems = problems;
    this.access = access;
    this.opener = opener;
    this.open = open;
  }

  @Override
  public void accept(WsConfig config) {
    config.onConnect(this::connect);
    config.onMessage(ctx -> relay(ctx).onText(ctx.message()));
    config.onBinaryMessage(ctx -> relay(ctx).onBinary(ctx.data()));
    config.onClose(ctx -> closed(ctx, "client closed (" + ctx.status() + ")"));
    config.onError(ctx -> closed(ctx, "socket failed: " + ctx.error()));
  }

  private void connect(WsConnectContext ctx) {
    User user;
    try {
      user = authentication.authenticate(ctx, access);
    } catch (WsAuthentication.Rejected rejected) {
      LOG.info("WebSocket {} rejected: {}", ctx.endpoint().path, rejected.getMessage());
      ctx.closeSession(rejected.code(), WsClosing.reason(rejected.getMessage()));
      return;
    }
    ctx.enableAutomaticPings(PING_SECONDS, TimeUnit.SECONDS);
    try {
      Relay relay = opener.open(ctx, user);
      ctx.attribute(RELAY, relay);
      open.add(relay);
    } catch (Exception e) {
      Problem problem = problems.toProblem(e);
      LOG.info(
          "WebSocket {} for {} failed to open: {}",
          ctx.endpoint().path,
          user.username(),
          e.toString());
      ctx.closeSession(WsClosing.code(problem.status()), WsClosing.reason(problem.detail()));
    }
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

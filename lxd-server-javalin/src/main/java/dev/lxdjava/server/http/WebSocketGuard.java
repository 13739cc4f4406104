package dev.lxdjava.server.http;

import io.javalin.config.RoutesConfig;
import io.javalin.websocket.WsContext;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ends WebSockets that failed: a socket whose upgrade failed {@link Authentication#checkUpgrade} is
 * closed before any route handler runs for it, and an exception thrown by a route's WebSocket
 * handler closes its socket the same way. Either gets an {@code error} text message with the
 * problem, because a close reason is cut to 123 bytes, and then the close code {@code 4000 +} the
 * HTTP status the same problem has on the HTTP API ({@link WsClosing}).
 */
public final class WebSocketGuard {
  private static final Logger LOG = LoggerFactory.getLogger(WebSocketGuard.class);

  private final Problems problems;

  public WebSocketGuard(Problems problems) {
    this.problems = problems;
  }

  /**
   * Registers the access check before every upgrade, the guard before every WebSocket handler and
   * the error close for exceptions of WebSocket handlers.
   */
  public void register(RoutesConfig routes, Authentication authentication) {
    routes.wsBeforeUpgrade(authentication::checkUpgrade);
    routes.wsBefore(
        ws -> {
          ws.onConnect(WebSocketGuard::requirePassed);
          ws.onMessage(WebSocketGuard::requirePassed);
          ws.onBinaryMessage(WebSocketGuard::requirePassed);
          ws.onClose(WebSocketGuard::requirePassed);
          ws.onError(WebSocketGuard::requirePassed);
        });
    routes.wsException(Exception.class, this::close);
  }

  /**
   * Throws the upgrade's failure, which skips the route's handler and reaches {@link #close}. Runs
   * for every event of the socket, so a route handler never runs for a socket that failed.
   */
  private static void requirePassed(WsContext ctx) {
    RuntimeException failure = Authentication.upgradeFailure(ctx);
    if (failure != null) {
      throw new UpgradeFailed(failure);
    }
  }

  /** Sends the error message and closes; does nothing on a socket that is closed already. */
  private void close(Exception error, WsContext ctx) {
    if (!ctx.session.isOpen()) {
      return;
    }
    Exception cause = error instanceof UpgradeFailed failed ? failed.failure() : error;
    Problem problem = problems.toProblem(cause);
    if (problem.status() >= 500 && !(error instanceof UpgradeFailed)) {
      LOG.error("WebSocket {} failed", ctx.endpoint().path, cause);
    } else {
      LOG.info(
          "WebSocket {} closed with {}: {}",
          ctx.endpoint().path,
          WsClosing.code(problem.status()),
          problem.detail());
    }
    ctx.send(errorMessage(problem));
    ctx.closeSession(WsClosing.code(problem.status()), WsClosing.reason(problem.detail()));
  }

  /** Builds the {@code error} message every gateway WebSocket sends before an error close. */
  public static Map<String, Object> errorMessage(Problem problem) {
    Map<String, Object> message = new LinkedHashMap<>();
    message.put("type", "error");
    message.put("status", problem.status());
    message.put("problem", problem.type());
    message.put("detail", problem.detail());
    return message;
  }

  /** Carries an upgrade's failure past the route handler to {@link #close}. */
  private static final class UpgradeFailed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UpgradeFailed(RuntimeException cause) {
      super(cause.getMessage(), cause, false, false);
    }

    RuntimeException failure() {
      return (RuntimeException) getCause();
    }
  }
}

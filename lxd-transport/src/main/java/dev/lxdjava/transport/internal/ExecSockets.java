package dev.lxdjava.transport.internal;

import dev.lxdjava.core.LxdException;
import dev.lxdjava.core.LxdProtocolException;
import dev.lxdjava.core.operation.OperationHandle;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.eclipse.jetty.websocket.api.Session;

/**
 * Connects the WebSockets of one exec or console operation: each file descriptor LXD lists in
 * {@code metadata.fds} is opened at {@code /1.0/operations/{id}/websocket?secret=…}. All are opened
 * at once, because LXD starts the command only when every required one is connected and gives up
 * after five seconds.
 */
final class ExecSockets {
  /** Time allowed for all WebSocket handshakes of one operation. */
  static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

  static final String CONTROL = "control";

  private final WebSocketSupport support;
  private final OperationHandle operation;

  ExecSockets(WebSocketSupport support, OperationHandle operation) {
    this.support = support;
    this.operation = operation;
  }

  /** The {@code /wait} path of the operation, for error messages. */
  String waitPath() {
    return LxdPath.of("operations", operation.id(), "wait")
        .query("project", operation.project())
        .toString();
  }

  private LxdPath socketPath(String secret) {
    return LxdPath.of("operations", operation.id(), "websocket")
        .query("secret", secret)
        .query("project", operation.project());
  }

  /**
   * Opens one WebSocket per listener, keyed by LXD's fd name ({@code 0}, {@code 1}, {@code 2},
   * {@code control}). The control channel is opened first and the others after it: LXD starts a
   * non-interactive command as soon as {@code 0}, {@code 1} and {@code 2} are connected, and a
   * short command can end before a late control handshake, which LXD 5.0 then leaves unanswered. On
   * failure, the ones already open are closed.
   */
  Map<String, Session> connect(Map<String, String> fds, Map<String, Session.Listener> listeners) {
    Map<String, Session> open = new LinkedHashMap<>();
    try {
      Session.Listener control = listeners.get(CONTROL);
      if (control != null) {
        open.put(CONTROL, await(start(fds, CONTROL, control)));
      }
      for (Map.Entry<String, Session.Listener> entry : listeners.entrySet()) {
        if (!entry.getKey().equals(CONTROL)) {
          open.put(entry.getKey(), await(start(fds, entry.getKey(), entry.getValue())));
        }
      }
      return open;
    } catch (LxdException e) {
      open.values().forEach(Session::close);
      throw e;
    }
  }

  private CompletableFuture<Session> start(
      Map<String, String> fds, String fd, Session.Listener listener) {
    String secret = fds.get(fd);
    if (secret == null) {
      throw new LxdProtocolException(
          "operation "
              + operation.id()
              + " lists no WebSocket '"
              + fd
              + "' in metadata.fds "
              + fds.keySet());
    }
    return support.connect(socketPath(secret), listener);
  }

  private Session await(CompletableFuture<Session> future) {
    return support.await(
        future, LxdPath.of("operations", operation.id(), "websocket"), CONNECT_TIMEOUT);
  }
}

package dev.lxdjava.testkit.fake.internal;

import java.nio.ByteBuffer;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;

/** The server side of one exec or console WebSocket (one fd). */
public final class ExecSocket implements Session.Listener.AutoDemanding {
  private final WebSockets registry;
  private final ExecSession exec;
  private final String fd;
  private volatile Session session;

  ExecSocket(WebSockets registry, ExecSession exec, String fd) {
    this.registry = registry;
    this.exec = exec;
    this.fd = fd;
  }

  @Override
  public void onWebSocketOpen(Session opened) {
    this.session = opened;
    registry.opened(opened);
    if (!exec.attach(fd, opened)) {
      // LXD accepts the upgrade of an fd that is already connected, then closes it.
      WebSockets.close(opened);
    }
  }

  @Override
  public void onWebSocketBinary(ByteBuffer payload, Callback callback) {
    byte[] bytes = new byte[payload.remaining()];
    payload.get(bytes);
    exec.onBinary(fd, bytes);
    callback.succeed();
  }

  @Override
  public void onWebSocketText(String text) {
    exec.onText(fd, text);
  }

  @Override
  public void onWebSocketClose(int statusCode, String reason) {
    Session closed = session;
    if (closed != null) {
      registry.closed(closed);
      exec.onClosed(fd, closed);
    }
  }

  @Override
  public void onWebSocketError(Throwable cause) {
    onWebSocketClose(1006, String.valueOf(cause.getMessage()));
  }
}

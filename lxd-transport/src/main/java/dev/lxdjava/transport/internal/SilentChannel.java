package dev.lxdjava.transport.internal;

import java.util.concurrent.CompletableFuture;
import org.eclipse.jetty.websocket.api.Session;

/** A WebSocket that only sends, such as a stdin channel; whatever LXD sends on it is ignored. */
public final class SilentChannel implements Session.Listener.AutoDemanding {
  private final CompletableFuture<Void> closed = new CompletableFuture<>();

  @Override
  public void onWebSocketClose(int statusCode, String reason) {
    closed.complete(null);
  }

  @Override
  public void onWebSocketError(Throwable cause) {
    closed.complete(null);
  }

  /** Completes when either side closed the channel. */
  CompletableFuture<Void> closed() {
    return closed;
  }
}

package dev.lxdjava.transport.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lxdjava.core.LxdTransportException;
import dev.lxdjava.core.LxdValidationException;
import dev.lxdjava.core.exec.TerminalSize;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;

/**
 * LXD's {@code control} WebSocket of an exec or console session. It carries JSON text messages:
 * {@code {"command":"window-resize","args":{"width":"120","height":"40"}}} (LXD parses width and
 * height from strings) and {@code {"command":"signal","signal":15}}. LXD sends nothing back.
 * Closing it makes LXD end a console session.
 */
public final class ControlChannel implements Session.Listener.AutoDemanding {
  private static final long SEND_TIMEOUT_SECONDS = 30;

  private final CompletableFuture<Void> closed = new CompletableFuture<>();
  private volatile Session session;

  @Override
  public void onWebSocketOpen(Session opened) {
    this.session = opened;
  }

  @Override
  public void onWebSocketClose(int statusCode, String reason) {
    closed.complete(null);
  }

  @Override
  public void onWebSocketError(Throwable cause) {
    closed.complete(null);
  }

  /** Completes when the channel is closed by either side. */
  CompletableFuture<Void> closed() {
    return closed;
  }

  boolean isOpen() {
    Session current = session;
    return current != null && current.isOpen();
  }

  /** Asks LXD to resize the terminal; LXD applies it to interactive sessions only. */
  void resize(TerminalSize size) {
    ObjectNode message = JsonFields.newObject();
    message.put("command", "window-resize");
    ObjectNode args = message.putObject("args");
    args.put("width", Integer.toString(size.width()));
    args.put("height", Integer.toString(size.height()));
    send(message.toString());
  }

  /** Asks LXD to send a signal to the command's process. */
  void signal(int signal) {
    if (signal < 1 || signal > 64) {
      throw new LxdValidationException("signal", Integer.toString(signal), "must be 1 to 64");
    }
    ObjectNode message = JsonFields.newObject();
    message.put("command", "signal");
    message.put("signal", signal);
    send(message.toString());
  }

  private void send(String json) {
    Session current = session;
    if (current == null || !current.isOpen()) {
      throw new LxdTransportException("the control channel to LXD is closed");
    }
    CompletableFuture<Void> sent = new CompletableFuture<>();
    current.sendText(json, Callback.from(() -> sent.complete(null), sent::completeExceptionally));
    try {
      sent.get(SEND_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new LxdTransportException("interrupted while sending a control message to LXD", e);
    } catch (TimeoutException | ExecutionException e) {
      throw new LxdTransportException(
          "sending a control message to LXD failed: " + e.getMessage(), e);
    }
  }

  /** Closes the channel with a normal close frame. */
  void close() {
    Session current = session;
    if (current != null && current.isOpen()) {
      current.close();
    }
  }
}

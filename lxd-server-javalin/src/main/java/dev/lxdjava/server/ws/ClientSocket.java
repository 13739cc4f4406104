package dev.lxdjava.server.ws;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lxdjava.server.http.WsClosing;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;

/**
 * The client's side of a relay. Every send waits until Jetty wrote the frame, so a client that
 * reads slowly slows the relay down, and through it LXD, instead of filling the gateway's memory. A
 * client that takes no frame for {@link #SEND_TIMEOUT_SECONDS} counts as gone.
 */
final class ClientSocket {
  static final long SEND_TIMEOUT_SECONDS = 60;

  /** How long {@link #close} waits for the close frame to be written. */
  static final long CLOSE_WAIT_MILLIS = 2000;

  private final Session session;
  private final ObjectMapper json;
  private final AtomicBoolean closed = new AtomicBoolean();

  ClientSocket(Session session, ObjectMapper json) {
    this.session = session;
    this.json = json;
  }

  /** Sends one binary frame: the channel byte, then {@code length} bytes of {@code data}. */
  void sendData(int channel, byte[] data, int length) throws IOException {
    ByteBuffer frame = ByteBuffer.allocate(length + 1);
    frame.put((byte) channel).put(data, 0, length).flip();
    CompletableFuture<Void> sent = new CompletableFuture<>();
    session.sendBinary(
        frame, Callback.from(() -> sent.complete(null), sent::completeExceptionally));
    await(sent);
  }

  /** Sends one JSON text message. */
  void sendJson(Map<String, ?> message) throws IOException {
    String text;
    try {
      text = json.writeValueAsString(message);
    } catch (JsonProcessingException e) {
      throw new IOException("cannot encode message: " + e.getMessage(), e);
    }
    CompletableFuture<Void> sent = new CompletableFuture<>();
    session.sendText(text, Callback.from(() -> sent.complete(null), sent::completeExceptionally));
    await(sent);
  }

  /** Sends a JSON message if the socket is still open; failures are ignored. */
  void trySendJson(Map<String, ?> message) {
    if (!isOpen()) {
      return;
    }
    try {
      sendJson(message);
    } catch (IOException clientGone) {
      // The client left; closing follows.
    }
  }

  boolean isOpen() {
    return !closed.get() && session.isOpen();
  }

  /**
   * Closes the socket once, with a code and a reason cut to the frame's limit, and waits up to
   * {@link #CLOSE_WAIT_MILLIS} for the close frame to be written.
   */
  void close(int code, String reason) {
    if (!closed.compareAndSet(false, true) || !session.isOpen()) {
      return;
    }
    CompletableFuture<Void> sent = new CompletableFuture<>();
    session.close(
        code,
        WsClosing.reason(reason),
        Callback.from(() -> sent.complete(null), sent::completeExceptionally));
    try {
      sent.get(CLOSE_WAIT_MILLIS, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException | TimeoutException clientGone) {
      // The socket is going away either way.
    }
  }

  private void await(CompletableFuture<Void> sent) throws IOException {
    try {
      sent.get(SEND_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while sending to the client");
    } catch (TimeoutException e) {
      throw new IOException("client took no data for " + SEND_TIMEOUT_SECONDS + " s", e);
    } catch (ExecutionException e) {
      throw new IOException("sending to the client failed: " + e.getCause().getMessage(), e);
    }
  }
}

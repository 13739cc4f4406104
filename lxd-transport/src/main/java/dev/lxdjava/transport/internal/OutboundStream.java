package dev.lxdjava.transport.internal;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;

/**
 * One LXD input channel (stdin or a terminal) written as an {@link OutputStream}. Each write is
 * sent as binary frames of at most {@value #MAX_FRAME} bytes and returns once Jetty has written
 * them, so writes keep their order and a fast writer waits for the socket. {@link #close()} sends
 * LXD's end-of-input: an empty text frame.
 */
final class OutboundStream extends OutputStream {
  static final int MAX_FRAME = 64 * 1024;

  /** Maximum wait for one frame to be written before the stream counts as broken. */
  private static final long SEND_TIMEOUT_SECONDS = 120;

  private final String name;
  private final Session session;
  private boolean closed;

  OutboundStream(String name, Session session) {
    this.name = name;
    this.session = session;
  }

  @Override
  public void write(int b) throws IOException {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public synchronized void write(byte[] data, int off, int len) throws IOException {
    java.util.Objects.checkFromIndexSize(off, len, data.length);
    if (closed) {
      throw new IOException(name + " stream is closed");
    }
    int position = off;
    int end = off + len;
    while (position < end) {
      int n = Math.min(MAX_FRAME, end - position);
      // No copy: Jetty is done with the buffer when the callback completes, before write returns.
      ByteBuffer frame = ByteBuffer.wrap(data, position, n).slice();
      CompletableFuture<Void> sent = new CompletableFuture<>();
      session.sendBinary(
          frame, Callback.from(() -> sent.complete(null), sent::completeExceptionally));
      await(sent);
      position += n;
    }
  }

  /** Sends LXD's end-of-input (an empty text frame); further writes fail. */
  @Override
  public synchronized void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    if (!session.isOpen()) {
      return;
    }
    CompletableFuture<Void> sent = new CompletableFuture<>();
    session.sendText("", Callback.from(() -> sent.complete(null), sent::completeExceptionally));
    await(sent);
  }

  /** Like {@link #close()}, for callers that cannot handle a failure: a broken stream is closed. */
  void closeQuietly() {
    try {
      close();
    } catch (IOException alreadyBroken) {
      // Nothing to end: the WebSocket is gone.
    }
  }

  private void await(CompletableFuture<Void> sent) throws IOException {
    try {
      sent.get(SEND_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while writing " + name);
    } catch (TimeoutException e) {
      throw new IOException(
          name + " stream: LXD accepted no data for " + SEND_TIMEOUT_SECONDS + " s", e);
    } catch (ExecutionException e) {
      throw new IOException(name + " stream to LXD broke: " + e.getCause().getMessage(), e);
    }
  }
}

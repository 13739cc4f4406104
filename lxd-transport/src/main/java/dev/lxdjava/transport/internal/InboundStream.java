package dev.lxdjava.transport.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;

/**
 * One LXD output channel (stdout, stderr or a terminal) read as an {@link InputStream}.
 *
 * <p>LXD sends data in binary frames. LXD 5.0 ends the stream with an empty text frame and then
 * drops the connection without a close frame. Jetty reports that as an error after the end, and the
 * stream ignores it. A close frame also ends the stream. Frames are requested one at a time ({@link
 * Session#demand()}), and no more are requested while {@value #HIGH_WATER} bytes wait unread, so a
 * slow reader slows LXD down instead of filling memory. Closing the stream discards what remains
 * and keeps reading, so LXD is never blocked by an abandoned stream.
 */
public final class InboundStream extends InputStream implements Session.Listener {
  /** Unread bytes above which no further frames are requested. */
  static final int HIGH_WATER = 1024 * 1024;

  private final String name;
  private final ArrayDeque<byte[]> chunks = new ArrayDeque<>();
  private final CompletableFuture<Void> ended = new CompletableFuture<>();
  private Session session;
  private int buffered;
  private int offset;
  private boolean eof;
  private boolean discard;
  private boolean demandPending;
  private IOException failure;

  InboundStream(String name) {
    this.name = name;
  }

  /** Completes when LXD ended the stream, normally or by a broken connection. */
  CompletableFuture<Void> ended() {
    return ended;
  }

  @Override
  public void onWebSocketOpen(Session opened) {
    synchronized (this) {
      this.session = opened;
    }
    opened.demand();
  }

  @Override
  public void onWebSocketPartialBinary(ByteBuffer payload, boolean last, Callback callback) {
    boolean demand;
    synchronized (this) {
      if (!eof && !discard && payload.hasRemaining()) {
        byte[] chunk = new byte[payload.remaining()];
        payload.get(chunk);
        chunks.add(chunk);
        buffered += chunk.length;
        notifyAll();
      }
      demand = buffered < HIGH_WATER;
      demandPending = !demand;
    }
    callback.succeed();
    if (demand) {
      session.demand();
    }
  }

  /**
   * Takes LXD's keep-alive ping without answering. LXD 5.0 pings as soon as a channel opens and
   * closes the socket right after a short command's last frame; a pong written then fails with a
   * broken pipe, and Jetty drops the frames it has not delivered yet. LXD needs no pong.
   */
  @Override
  public void onWebSocketPing(ByteBuffer payload) {
    session.demand();
  }

  @Override
  public void onWebSocketPartialText(String payload, boolean last) {
    // LXD ends a data stream with an empty text frame; it sends no other text on data channels.
    markEnded(null);
    session.demand();
  }

  @Override
  public void onWebSocketClose(int statusCode, String reason) {
    markEnded(null);
  }

  @Override
  public void onWebSocketError(Throwable cause) {
    markEnded(new IOException(name + " stream from LXD broke: " + cause.getMessage(), cause));
  }

  private void markEnded(IOException error) {
    synchronized (this) {
      if (!eof) {
        eof = true;
        failure = error;
        notifyAll();
      }
    }
    ended.complete(null);
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] target, int off, int len) throws IOException {
    java.util.Objects.checkFromIndexSize(off, len, target.length);
    if (len == 0) {
      return 0;
    }
    boolean resume;
    int copied;
    synchronized (this) {
      while (chunks.isEmpty() && !eof && !discard) {
        try {
          wait();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new InterruptedIOException("interrupted while reading " + name);
        }
      }
      if (discard) {
        throw new IOException(name + " stream is closed");
      }
      if (chunks.isEmpty()) {
        if (failure != null) {
          throw failure;
        }
        return -1;
      }
      copied = 0;
      while (copied < len && !chunks.isEmpty()) {
        byte[] head = chunks.peek();
        int n = Math.min(len - copied, head.length - offset);
        System.arraycopy(head, offset, target, off + copied, n);
        copied += n;
        offset += n;
        if (offset == head.length) {
          chunks.poll();
          offset = 0;
        }
      }
      buffered -= copied;
      resume = demandPending && buffered < HIGH_WATER / 2;
      if (resume) {
        demandPending = false;
      }
    }
    if (resume) {
      session.demand();
    }
    return copied;
  }

  @Override
  public synchronized int available() {
    return buffered;
  }

  /** Discards unread and future data; LXD's stream is still read to its end. */
  @Override
  public void close() {
    boolean resume;
    synchronized (this) {
      discard = true;
      chunks.clear();
      buffered = 0;
      offset = 0;
      resume = demandPending;
      demandPending = false;
      notifyAll();
    }
    if (resume) {
      session.demand();
    }
  }

  /** Waits until LXD ended the stream. */
  boolean awaitEnded(long timeout, TimeUnit unit) throws InterruptedException {
    try {
      ended.get(timeout, unit);
      return true;
    } catch (java.util.concurrent.TimeoutException e) {
      return false;
    } catch (java.util.concurrent.ExecutionException e) {
      return true;
    }
  }
}

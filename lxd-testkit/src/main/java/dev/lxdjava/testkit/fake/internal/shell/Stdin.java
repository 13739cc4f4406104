package dev.lxdjava.testkit.fake.internal.shell;

import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A command's standard input fed from outside (the exec WebSocket): bytes are appended, then {@link
 * #close()} marks the end. Reads block until data or the end arrives, or a signal ends the command.
 */
public final class Stdin extends InputStream {
  private final Signals signals;
  private final Deque<byte[]> chunks = new ArrayDeque<>();
  private int offset;
  private boolean closed;

  public Stdin(Signals signals) {
    this.signals = signals;
  }

  /** An input that is already at its end. */
  public static Stdin empty(Signals signals) {
    Stdin stdin = new Stdin(signals);
    stdin.close();
    return stdin;
  }

  /** Appends bytes for the command to read. */
  public void feed(byte[] bytes) {
    if (bytes.length == 0) {
      return;
    }
    synchronized (signals) {
      if (!closed) {
        chunks.addLast(bytes.clone());
      }
      signals.wake();
    }
  }

  /** Marks the end of input. */
  @Override
  public void close() {
    synchronized (signals) {
      closed = true;
      signals.wake();
    }
  }

  @Override
  public int read() {
    byte[] one = new byte[1];
    int count = read(one, 0, 1);
    return count < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] buffer, int off, int len) {
    if (len == 0) {
      return 0;
    }
    synchronized (signals) {
      while (chunks.isEmpty()) {
        signals.check();
        if (closed) {
          return -1;
        }
        signals.waitForChange(1000);
      }
      byte[] head = chunks.peekFirst();
      int count = Math.min(len, head.length - offset);
      System.arraycopy(head, offset, buffer, off, count);
      offset += count;
      if (offset == head.length) {
        chunks.removeFirst();
        offset = 0;
      }
      return count;
    }
  }
}

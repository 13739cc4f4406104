package dev.lxdjava.testkit.fake.internal.shell;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * A bounded pipe between two pipeline stages. The reader sees the end of input when the writer
 * closes; the writer gets "Broken pipe" when the reader closed, as {@code yes | head} needs.
 */
final class Pipe {
  private static final int CAPACITY = 64 * 1024;

  private final Signals signals;
  private final byte[] buffer = new byte[CAPACITY];
  private int start;
  private int size;
  private boolean writerClosed;
  private boolean readerClosed;

  Pipe(Signals signals) {
    this.signals = signals;
  }

  InputStream source() {
    return new InputStream() {
      @Override
      public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
      }

      @Override
      public int read(byte[] into, int offset, int length) {
        return take(into, offset, length);
      }

      @Override
      public void close() {
        synchronized (Pipe.this) {
          readerClosed = true;
          Pipe.this.notifyAll();
        }
      }
    };
  }

  OutputStream sink() {
    return new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
      }

      @Override
      public void write(byte[] from, int offset, int length) throws IOException {
        put(from, offset, length);
      }

      @Override
      public void close() {
        synchronized (Pipe.this) {
          writerClosed = true;
          Pipe.this.notifyAll();
        }
      }
    };
  }

  private synchronized int take(byte[] into, int offset, int length) {
    if (length == 0) {
      return 0;
    }
    while (size == 0) {
      if (writerClosed) {
        return -1;
      }
      pause();
    }
    int count = Math.min(length, size);
    for (int i = 0; i < count; i++) {
      into[offset + i] = buffer[(start + i) % CAPACITY];
    }
    start = (start + count) % CAPACITY;
    size -= count;
    notifyAll();
    return count;
  }

  private synchronized void put(byte[] from, int offset, int length) throws IOException {
    int written = 0;
    while (written < length) {
      if (readerClosed) {
        throw new IOException("Broken pipe");
      }
      if (size == CAPACITY) {
        pause();
        continue;
      }
      int count = Math.min(length - written, CAPACITY - size);
      for (int i = 0; i < count; i++) {
        buffer[(start + size + i) % CAPACITY] = from[offset + written + i];
      }
      size += count;
      written += count;
      notifyAll();
    }
  }

  private void pause() {
    signals.check();
    try {
      wait(50);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Signals.Terminated(Signals.SIGKILL);
    }
  }
}

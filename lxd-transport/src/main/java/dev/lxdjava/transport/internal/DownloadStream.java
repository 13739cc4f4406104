package dev.lxdjava.transport.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.AsynchronousCloseException;
import org.eclipse.jetty.client.Request;

/**
 * The body of a download. Closing it before the end first reads and discards the rest up to a
 * limit, so the exchange completes and the connection stays usable. Only a longer rest aborts the
 * request, which closes the connection. Jetty's own stream, closed early, merely stops reading and
 * leaves the exchange, and with it the connection, open until the idle timeout. Closing a body read
 * to its end waits, like every other request of {@link RestClient}, until the connection is back in
 * the pool, so the caller's next request reuses it instead of opening one more.
 */
final class DownloadStream extends FilterInputStream {
  private final Request request;
  private final long drainLimit;
  private final Runnable awaitRelease;
  private boolean ended;

  DownloadStream(InputStream body, Request request, long drainLimit, Runnable awaitRelease) {
    super(body);
    this.request = request;
    this.drainLimit = drainLimit;
    this.awaitRelease = awaitRelease;
  }

  @Override
  public int read() throws IOException {
    int value = super.read();
    ended |= value < 0;
    return value;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int read = super.read(buffer, offset, length);
    ended |= read < 0;
    return read;
  }

  @Override
  public void close() throws IOException {
    if (!ended) {
      drain();
    }
    if (!ended) {
      request.abort(new AsynchronousCloseException());
    }
    super.close();
    if (ended) {
      awaitRelease.run();
    }
  }

  private void drain() {
    byte[] discard = new byte[8192];
    long left = drainLimit;
    try {
      while (left >= 0 && !ended) {
        int read = read(discard, 0, (int) Math.min(discard.length, left + 1));
        left -= Math.max(read, 0);
      }
    } catch (IOException broken) {
      // The connection broke while draining; the abort below closes it.
    }
  }
}

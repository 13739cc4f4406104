package dev.lxdjava.transport.internal;

import java.io.FilterInputStream;
import java.io.InputStream;

/**
 * Wraps a stream that the caller of an upload owns, so the HTTP client reads it but does not close
 * it: the caller decides when, as with any stream passed into a method.
 */
final class CallerOwnedStream extends FilterInputStream {
  CallerOwnedStream(InputStream in) {
    super(in);
  }

  @Override
  public void close() {
    // The caller closes the underlying stream.
  }
}

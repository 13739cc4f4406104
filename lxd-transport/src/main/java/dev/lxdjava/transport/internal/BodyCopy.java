package dev.lxdjava.transport.internal;

import dev.lxdjava.core.LxdTransportException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.eclipse.jetty.client.OutputStreamRequestContent;
import org.eclipse.jetty.client.Request;

/**
 * Copies an upload's body from the caller's stream into a request, in the calling thread.
 *
 * <p>Jetty's {@code InputStreamRequestContent} instead reads the caller's stream on Jetty's own
 * threads. Copying here keeps a blocking caller stream off those threads, ends the body in a known
 * place, and aborts instead of ending the body when the caller's stream fails. NOTE: one traced
 * upload through {@code InputStreamRequestContent} (Jetty 12.1.14) lacked its final chunk, so LXD
 * waited for the rest of the body; the cause was not found.
 */
final class BodyCopy {
  /** Bytes read from the caller's stream and written per chunk. */
  static final int CHUNK_BYTES = 64 * 1024;

  private BodyCopy() {}

  /**
   * Copies {@code body} to its end into {@code content} and ends the request body. A failure to
   * read the caller's stream aborts the request, so a cut body is never sent as complete.
   *
   * @return the failure to write to the connection, or {@code null}; LXD may have replied and
   *     closed the connection early, and that reply tells what went wrong
   * @throws LxdTransportException if reading {@code body} fails
   */
  static IOException copy(
      InputStream body,
      OutputStreamRequestContent content,
      Request request,
      String method,
      String target) {
    byte[] buffer = new byte[CHUNK_BYTES];
    OutputStream out = content.getOutputStream();
    while (true) {
      int read;
      try {
        read = body.read(buffer);
      } catch (IOException e) {
        request.abort(e);
        throw new LxdTransportException(
            method + " " + target + ": reading the body to upload failed: " + e.getMessage(), e);
      }
      if (read < 0) {
        break;
      }
      try {
        out.write(buffer, 0, read);
      } catch (IOException e) {
        return e;
      }
    }
    try {
      out.close();
      return null;
    } catch (IOException e) {
      return e;
    }
  }
}

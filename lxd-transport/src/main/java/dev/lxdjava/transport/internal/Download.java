package dev.lxdjava.transport.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/**
 * A successful reply whose body is read as a stream, such as a file, a backup or an image. The body
 * is not buffered: the caller reads it and must close it, which releases the connection.
 *
 * @param status HTTP status
 * @param headers reply headers, names in lower case; repeated headers keep the first value
 * @param body the body
 */
public record Download(int status, Map<String, String> headers, InputStream body)
    implements AutoCloseable {

  /** A header value, or empty; {@code name} is matched ignoring case. */
  public String header(String name) {
    return headers.getOrDefault(name.toLowerCase(java.util.Locale.ROOT), "");
  }

  @Override
  public void close() throws IOException {
    body.close();
  }
}

package dev.lxdjava.core.file;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * An entry read from an instance's file system with {@link Files#pull}. For a file, {@link
 * #content()} streams its bytes straight from the connection; for a symbolic link it streams the
 * link's target; for a directory it is empty and {@link #entries()} lists the names inside. Close
 * it to free the connection.
 *
 * @param path the path that was read
 * @param type file, directory or symbolic link
 * @param uid owner's user id inside the instance
 * @param gid owner's group id inside the instance
 * @param mode permission bits, for example {@code 0640}
 * @param entries names in a directory (not paths, no {@code .} or {@code ..}); empty otherwise
 * @param content the bytes of a file or the target of a link; empty for a directory
 */
public record PulledFile(
    String path,
    FileType type,
    int uid,
    int gid,
    int mode,
    List<String> entries,
    InputStream content)
    implements AutoCloseable {

  /** Copies the entries; a missing content becomes an empty stream. */
  public PulledFile {
    entries = entries == null ? List.of() : List.copyOf(entries);
    content = content == null ? InputStream.nullInputStream() : content;
  }

  /**
   * Reads the rest of {@link #content()} into memory and closes it. Use it only for small files.
   *
   * @throws UncheckedIOException if the connection breaks while reading
   */
  public byte[] readAllBytes() {
    try (InputStream in = content) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + path + " failed: " + e.getMessage(), e);
    }
  }

  /** Closes {@link #content()}, which frees the connection; see {@link Files#pull}. */
  @Override
  public void close() {
    try {
      content.close();
    } catch (IOException ignored) {
      // Closing only releases the connection; nothing is left to recover.
    }
  }
}

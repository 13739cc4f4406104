package dev.lxdjava.core.file;

import java.io.InputStream;

/**
 * Files inside instances ({@code /1.0/instances/{name}/files?path=…}) in one project. Paths are
 * absolute paths inside the instance; they travel URL-encoded in the query, so any character but
 * NUL is allowed. Contents are streamed in both directions and never held in memory whole.
 */
public interface Files {

  /**
   * Writes a file, streaming {@code content} to LXD. The stream is read to its end but not closed;
   * the caller closes it. Missing parent directories are not created.
   *
   * @param path absolute path inside the instance
   * @param options owner, mode and whether to append
   * @throws dev.lxdjava.core.LxdNotFoundException if the instance or the parent directory does not
   *     exist
   */
  void push(String instance, String path, InputStream content, FilePush options);

  /** Writes a small file from memory; see {@link #push(String, String, InputStream, FilePush)}. */
  default void push(String instance, String path, byte[] content, FilePush options) {
    push(instance, path, new java.io.ByteArrayInputStream(content), options);
  }

  /**
   * Creates a directory. An existing directory keeps its contents and gets the given owner and
   * mode. Needs the API extension {@code directory_manipulation}.
   */
  void createDirectory(String instance, String path, FilePush options);

  /**
   * Creates a symbolic link at {@code path} pointing to {@code target}. Needs the API extension
   * {@code file_symlinks}.
   */
  void createSymlink(String instance, String path, String target, FilePush options);

  /**
   * Reads a file, directory or symbolic link. The caller must close the result. Closing it before
   * the end of the content reads and discards up to 1 MiB of the rest, so the connection can be
   * reused, and drops the connection when more is left.
   *
   * @throws dev.lxdjava.core.LxdNotFoundException if the instance or the path does not exist
   */
  PulledFile pull(String instance, String path);

  /**
   * Deletes a file, a symbolic link or an empty directory.
   *
   * @throws dev.lxdjava.core.LxdMissingExtensionException if the daemon lacks the API extension
   *     {@code file_delete}
   */
  void delete(String instance, String path);
}

package dev.lxdjava.testkit.fake.internal.shell;

import java.io.IOException;
import java.util.List;

/**
 * The file system a shell works on: the instance's files. Paths are absolute. Failures are {@link
 * IOException}s whose message is the error text busybox prints, such as {@code No such file or
 * directory}.
 */
public interface ShellFiles {
  byte[] read(String path) throws IOException;

  void write(String path, byte[] content, boolean append) throws IOException;

  List<String> list(String directory) throws IOException;

  boolean exists(String path);

  boolean isDirectory(String path);

  void mkdir(String path, boolean parents) throws IOException;

  void remove(String path, boolean recursive) throws IOException;
}

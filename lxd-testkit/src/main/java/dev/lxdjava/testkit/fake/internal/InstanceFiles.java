package dev.lxdjava.testkit.fake.internal;

import dev.lxdjava.testkit.fake.internal.shell.ShellFiles;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.List;

/** An instance's {@link FileTree} as the shell reads and writes it, under the daemon's lock. */
final class InstanceFiles implements ShellFiles {
  private static final String MISSING = "No such file or directory";
  private static final String CONSOLE = "/dev/console";

  private final Daemon daemon;
  private final Instance instance;

  InstanceFiles(Daemon daemon, Instance instance) {
    this.daemon = daemon;
    this.instance = instance;
  }

  /** Follows symbolic links, as a process opening a path does. */
  private FileTree.Node resolve(String path) {
    FileTree.Node node = instance.files.find(path);
    String current = FileTree.normalize(path);
    for (int hops = 0; node != null && node.type.equals("symlink") && hops < 8; hops++) {
      String target = new String(node.content, java.nio.charset.StandardCharsets.UTF_8);
      current = target.startsWith("/") ? target : FileTree.parent(current) + "/" + target;
      node = instance.files.find(current);
    }
    return node;
  }

  @Override
  public byte[] read(String path) throws IOException {
    synchronized (daemon) {
      FileTree.Node node = resolve(path);
      if (node == null) {
        throw new FileNotFoundException(MISSING);
      }
      if (node.isDirectory()) {
        throw new IOException("Is a directory");
      }
      return node.content.clone();
    }
  }

  @Override
  public void write(String path, byte[] content, boolean append) throws IOException {
    synchronized (daemon) {
      if (FileTree.normalize(path).equals(CONSOLE)) {
        // A character device: writes add to the console log that GET /console returns.
        byte[] log = instance.logs.getOrDefault("console", new byte[0]);
        instance.logs.put("console", FileTree.concat(log, content));
        return;
      }
      if (!instance.files.parentIsDirectory(path)) {
        throw new FileNotFoundException(MISSING);
      }
      FileTree.Node node = instance.files.find(path);
      if (node != null && node.isDirectory()) {
        throw new IOException("Is a directory");
      }
      instance.files.writeFile(path, content, append);
    }
  }

  @Override
  public List<String> list(String directory) throws IOException {
    synchronized (daemon) {
      FileTree.Node node = resolve(directory);
      if (node == null) {
        throw new FileNotFoundException(MISSING);
      }
      return instance.files.list(directory);
    }
  }

  @Override
  public boolean exists(String path) {
    synchronized (daemon) {
      return instance.files.find(path) != null;
    }
  }

  @Override
  public boolean isDirectory(String path) {
    synchronized (daemon) {
      FileTree.Node node = resolve(path);
      return node != null && node.isDirectory();
    }
  }

  @Override
  public void mkdir(String path, boolean parents) throws IOException {
    synchronized (daemon) {
      FileTree.Node existing = instance.files.find(path);
      if (existing != null) {
        if (parents && existing.isDirectory()) {
          return;
        }
        throw new IOException("File exists");
      }
      FileTree.Node node = new FileTree.Node("directory", 0755, 0, 0, new byte[0]);
      if (parents) {
        instance.files.putWithParents(path, node);
      } else if (!instance.files.parentIsDirectory(path)) {
        throw new FileNotFoundException(MISSING);
      } else {
        instance.files.put(path, node);
      }
    }
  }

  @Override
  public void remove(String path, boolean recursive) throws IOException {
    synchronized (daemon) {
      FileTree.Node node = instance.files.find(path);
      if (node == null) {
        throw new FileNotFoundException(MISSING);
      }
      if (node.isDirectory()) {
        if (!recursive) {
          throw new IOException("Is a directory");
        }
        for (String child : instance.files.list(path)) {
          remove(FileTree.normalize(path) + "/" + child, true);
        }
      }
      instance.files.remove(path);
    }
  }
}

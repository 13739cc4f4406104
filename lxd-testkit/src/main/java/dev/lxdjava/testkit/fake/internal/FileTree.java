package dev.lxdjava.testkit.fake.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An instance's file system: absolute paths to files, directories and symbolic links with mode,
 * owner and content. Paths are normalized; a parent directory must exist before a child is made.
 */
public final class FileTree {
  /** One entry. */
  static final class Node {
    final String type;
    int mode;
    int uid;
    int gid;
    byte[] content;
    Instant modified;

    Node(String type, int mode, int uid, int gid, byte[] content) {
      this.type = type;
      this.mode = mode;
      this.uid = uid;
      this.gid = gid;
      this.content = content;
      this.modified = Instant.now();
    }

    Node copy() {
      Node copy = new Node(type, mode, uid, gid, content.clone());
      copy.modified = modified;
      return copy;
    }

    boolean isDirectory() {
      return type.equals("directory");
    }
  }

  private final Map<String, Node> nodes = new TreeMap<>();

  FileTree() {
    nodes.put("/", new Node("directory", 0755, 0, 0, new byte[0]));
  }

  /** A deep copy, for snapshots and copies. */
  FileTree copy() {
    FileTree copy = new FileTree();
    nodes.forEach((path, node) -> copy.nodes.put(path, node.copy()));
    return copy;
  }

  /** Normalizes a path: absolute, no {@code .}, {@code ..} or repeated slashes. */
  static String normalize(String path) {
    List<String> parts = new ArrayList<>();
    for (String part : path.split("/")) {
      if (part.isEmpty() || part.equals(".")) {
        continue;
      }
      if (part.equals("..")) {
        if (!parts.isEmpty()) {
          parts.remove(parts.size() - 1);
        }
        continue;
      }
      parts.add(part);
    }
    return "/" + String.join("/", parts);
  }

  static String parent(String normalized) {
    int slash = normalized.lastIndexOf('/');
    return slash <= 0 ? "/" : normalized.substring(0, slash);
  }

  Node find(String path) {
    return nodes.get(normalize(path));
  }

  boolean parentIsDirectory(String path) {
    Node parent = nodes.get(parent(normalize(path)));
    return parent != null && parent.isDirectory();
  }

  void put(String path, Node node) {
    nodes.put(normalize(path), node);
  }

  /** Creates missing parent directories too, for building image templates. */
  void putWithParents(String path, Node node) {
    String normalized = normalize(path);
    String parent = parent(normalized);
    if (!nodes.containsKey(parent)) {
      putWithParents(parent, new Node("directory", 0755, 0, 0, new byte[0]));
    }
    nodes.put(normalized, node);
  }

  void remove(String path) {
    nodes.remove(normalize(path));
  }

  /** Every path, sorted. */
  List<String> paths() {
    return new ArrayList<>(nodes.keySet());
  }

  /** The names directly inside a directory. */
  List<String> list(String directory) {
    String prefix = normalize(directory);
    String start = prefix.equals("/") ? "/" : prefix + "/";
    List<String> names = new ArrayList<>();
    for (String path : nodes.keySet()) {
      if (path.startsWith(start) && path.length() > start.length()) {
        String rest = path.substring(start.length());
        if (rest.indexOf('/') < 0) {
          names.add(rest);
        }
      }
    }
    return names;
  }

  /** Writes a regular file with default owner and mode, creating it when missing. */
  void writeFile(String path, byte[] content, boolean append) {
    Node node = find(path);
    if (node == null) {
      put(path, new Node("file", 0644, 0, 0, content));
      return;
    }
    node.content = append ? concat(node.content, content) : content;
    node.modified = Instant.now();
  }

  static byte[] concat(byte[] first, byte[] second) {
    byte[] joined = new byte[first.length + second.length];
    System.arraycopy(first, 0, joined, 0, first.length);
    System.arraycopy(second, 0, joined, first.length, second.length);
    return joined;
  }
}

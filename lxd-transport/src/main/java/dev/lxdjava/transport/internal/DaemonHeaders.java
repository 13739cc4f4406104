package dev.lxdjava.transport.internal;

/**
 * Names of the daemon's own HTTP headers, such as the file owner on a file push ({@code
 * X-LXD-uid}). LXD prefixes them with {@code X-LXD-}; Incus uses the same names with {@code
 * X-Incus-}. Every adapter takes header names from here, so supporting another daemon means
 * choosing another prefix in one place.
 */
final class DaemonHeaders {
  /** LXD's headers. */
  static final DaemonHeaders LXD = new DaemonHeaders("X-LXD-");

  private final String prefix;

  private DaemonHeaders(String prefix) {
    this.prefix = prefix;
  }

  /** Returns the full header name for a suffix such as {@code uid}: {@code X-LXD-uid}. */
  String name(String suffix) {
    return prefix + suffix;
  }

  /** File owner's user id, on file push and pull. */
  String uid() {
    return name("uid");
  }

  /** File owner's group id, on file push and pull. */
  String gid() {
    return name("gid");
  }

  /** File permission bits in octal, on file push and pull. */
  String mode() {
    return name("mode");
  }

  /** Entry type {@code file}, {@code directory} or {@code symlink}, on file push and pull. */
  String type() {
    return name("type");
  }

  /** {@code overwrite} or {@code append}, on file push. */
  String write() {
    return name("write");
  }

  /** New instance name, on a backup import. */
  String instanceName() {
    return name("name");
  }

  /** Target storage pool, on a backup import. */
  String pool() {
    return name("pool");
  }
}

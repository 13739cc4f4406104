package dev.lxdjava.transport;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The daemons that speak LXD's REST API and how they differ on the wire. Incus, the fork of LXD,
 * keeps the {@code /1.0} API but prefixes its custom headers with {@code X-Incus-} instead of
 * {@code X-LXD-}, uses its own socket paths and environment variables, and reports {@code incus} in
 * {@code environment.server} of {@code GET /1.0}. Code that needs one of these facts reads it from
 * this type rather than spelling them out.
 */
public enum DaemonKind {
  /** Canonical's LXD. */
  LXD("lxd", "X-LXD-", "LXD_SOCKET", "LXD_DIR", List.of(SocketPaths.SNAP, SocketPaths.PACKAGED)),

  /** Incus, the community fork of LXD. */
  INCUS(
      "incus",
      "X-Incus-",
      "INCUS_SOCKET",
      "INCUS_DIR",
      List.of(Path.of("/var/lib/incus/unix.socket")));

  /** Port of the HTTPS listener when an address names none, the same for both daemons. */
  public static final int DEFAULT_HTTPS_PORT = 8443;

  private final String serverName;
  private final String headerPrefix;
  private final String socketVariable;
  private final String directoryVariable;
  private final List<Path> socketPaths;

  DaemonKind(
      String serverName,
      String headerPrefix,
      String socketVariable,
      String directoryVariable,
      List<Path> socketPaths) {
    this.serverName = serverName;
    this.headerPrefix = headerPrefix;
    this.socketVariable = socketVariable;
    this.directoryVariable = directoryVariable;
    this.socketPaths = socketPaths;
  }

  /** The value of {@code environment.server} in {@code GET /1.0}: {@code lxd} or {@code incus}. */
  public String serverName() {
    return serverName;
  }

  /** Prefix of the daemon's custom headers: {@code X-LXD-} or {@code X-Incus-}. */
  public String headerPrefix() {
    return headerPrefix;
  }

  /**
   * A custom header's full name, for example {@code header("mode")} is {@code X-LXD-mode} for LXD
   * and {@code X-Incus-mode} for Incus (file mode, uid, gid, type and write of the files API).
   */
  public String header(String name) {
    return headerPrefix + name;
  }

  /** Environment variable that names the daemon's socket: {@code LXD_SOCKET} or similar. */
  public String socketVariable() {
    return socketVariable;
  }

  /** Environment variable that names the daemon's directory: {@code LXD_DIR} or similar. */
  public String directoryVariable() {
    return directoryVariable;
  }

  /** Where packages put the daemon's unix socket, most common first. */
  public List<Path> socketPaths() {
    return socketPaths;
  }

  /**
   * Finds the kind for the value of {@code environment.server}; empty for an unknown daemon or the
   * empty value that untrusted clients see.
   */
  public static Optional<DaemonKind> findByServerName(String serverName) {
    String value = serverName == null ? "" : serverName.strip().toLowerCase(Locale.ROOT);
    for (DaemonKind kind : values()) {
      if (kind.serverName.equals(value)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }
}

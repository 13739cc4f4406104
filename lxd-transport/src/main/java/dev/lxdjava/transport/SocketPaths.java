package dev.lxdjava.transport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where a local LXD daemon's unix socket is, in the order {@code lxc} looks: {@code LXD_SOCKET},
 * {@code $LXD_DIR/unix.socket}, the snap's path, then the path of distribution packages.
 */
public final class SocketPaths {
  /** Socket of the snap package. */
  public static final Path SNAP = Path.of("/var/snap/lxd/common/lxd/unix.socket");

  /** Socket of Debian's and other distributions' packages. */
  public static final Path PACKAGED = Path.of("/var/lib/lxd/unix.socket");

  private SocketPaths() {}

  /** The candidate paths for the given environment, most specific first. */
  public static List<Path> candidates(Map<String, String> environment) {
    List<Path> candidates = new ArrayList<>();
    String socket = environment.get("LXD_SOCKET");
    if (socket != null && !socket.isBlank()) {
      candidates.add(Path.of(socket));
    }
    String dir = environment.get("LXD_DIR");
    if (dir != null && !dir.isBlank()) {
      candidates.add(Path.of(dir, "unix.socket"));
    }
    candidates.add(SNAP);
    candidates.add(PACKAGED);
    return candidates;
  }

  /**
   * The first candidate that exists. An explicit {@code LXD_SOCKET} or {@code LXD_DIR} wins even
   * when its file is missing, so a typo is reported rather than silently replaced.
   */
  public static Optional<Path> detect(Map<String, String> environment) {
    List<Path> candidates = candidates(environment);
    boolean explicit =
        !environment.getOrDefault("LXD_SOCKET", "").isBlank()
            || !environment.getOrDefault("LXD_DIR", "").isBlank();
    if (explicit) {
      return Optional.of(candidates.get(0));
    }
    return candidates.stream().filter(Files::exists).findFirst();
  }
}

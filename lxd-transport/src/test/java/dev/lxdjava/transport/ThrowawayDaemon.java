package dev.lxdjava.transport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.opentest4j.TestAbortedException;

/**
 * A second LXD daemon for tests that must stop and restart a daemon, so the shared daemon keeps
 * running for everyone else. It has its own {@code LXD_DIR} under {@code /var/lib}, its own unix
 * socket, no network listener and no storage pool. It is started as a child process of the test
 * JVM, killed by that process's PID, and its directory is removed on {@link #close()}.
 */
final class ThrowawayDaemon implements AutoCloseable {
  private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

  private final Path dir;
  private Process process;

  private ThrowawayDaemon(Path dir) {
    this.dir = dir;
  }

  /**
   * Starts a fresh daemon. Skips the test when this machine cannot run one (not root, or no {@code
   * lxd} binary), unless the environment variable {@code CI} is {@code true}.
   */
  static ThrowawayDaemon start() throws IOException, InterruptedException {
    requireCapability();
    byte[] random = new byte[4];
    new SecureRandom().nextBytes(random);
    Path dir = Path.of("/var/lib/lxdjt-events-" + HexFormat.of().formatHex(random));
    Files.createDirectories(dir);
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx--x--x"));
    ThrowawayDaemon daemon = new ThrowawayDaemon(dir);
    try {
      daemon.launch();
      return daemon;
    } catch (IOException | RuntimeException | InterruptedException e) {
      daemon.close();
      throw e;
    }
  }

  private static void requireCapability() {
    String reason = null;
    if (!"root".equals(System.getProperty("user.name"))) {
      reason = "a second LXD daemon needs root";
    } else if (findOnPath("lxd") == null) {
      reason = "no 'lxd' binary on PATH";
    }
    if (reason == null) {
      return;
    }
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      throw new IllegalStateException("CI=true requires a throwaway LXD daemon: " + reason);
    }
    throw new TestAbortedException(reason);
  }

  private static Path findOnPath(String binary) {
    for (String entry : System.getenv().getOrDefault("PATH", "").split(":")) {
      Path candidate = Path.of(entry, binary);
      if (Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    return null;
  }

  /** The daemon's unix socket. */
  Path socket() {
    return dir.resolve("unix.socket");
  }

  /** Starts the daemon process and waits until it responds. */
  void launch() throws IOException, InterruptedException {
    ProcessBuilder builder =
        new ProcessBuilder(
            "lxd", "--group", "root", "--logfile", dir.resolve("lxd.log").toString());
    builder.environment().put("LXD_DIR", dir.toString());
    builder.redirectErrorStream(true);
    builder.redirectOutput(dir.resolve("lxd.out").toFile());
    process = builder.start();
    ProcessBuilder waitReady =
        new ProcessBuilder(
            "lxd", "waitready", "--timeout", Long.toString(READY_TIMEOUT.toSeconds()));
    waitReady.environment().put("LXD_DIR", dir.toString());
    waitReady.redirectErrorStream(true);
    Process waiter = waitReady.start();
    if (!waiter.waitFor(READY_TIMEOUT.toSeconds() + 5, TimeUnit.SECONDS)
        || waiter.exitValue() != 0) {
      waiter.destroyForcibly();
      throw new IllegalStateException(
          "throwaway LXD in " + dir + " did not become ready; see " + dir.resolve("lxd.log"));
    }
  }

  /** Kills the daemon with SIGKILL, as a crash would, and waits until it is gone. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
  }

  /** Stops the daemon, unmounts what it left mounted, and deletes its directory. */
  @Override
  public void close() throws IOException, InterruptedException {
    if (process != null && process.isAlive()) {
      process.destroy();
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
      }
    }
    for (String mount : mountsBelow(dir)) {
      new ProcessBuilder("umount", "-l", mount).inheritIO().start().waitFor(30, TimeUnit.SECONDS);
    }
    if (Files.exists(dir)) {
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(path);
        }
      }
    }
  }

  /** Mount points under {@code root}, deepest first. */
  private static List<String> mountsBelow(Path root) throws IOException {
    List<String> mounts = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of("/proc/mounts"))) {
      String[] fields = line.split(" ");
      if (fields.length > 1 && fields[1].startsWith(root + "/")) {
        mounts.add(fields[1]);
      }
    }
    mounts.sort(Comparator.comparingInt(String::length).reversed());
    return mounts;
  }
}

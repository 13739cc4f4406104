package dev.lxdjava.testkit.fake.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

/** An instance with its runtime status, snapshots, backups, files and exec logs. */
final class Instance {
  static final int RUNNING = 103;
  static final int STOPPED = 102;
  static final int FROZEN = 110;

  private static final AtomicLong PIDS = new AtomicLong(20000);

  String name;
  final String project;
  final String type;
  final String architecture;
  String description;
  boolean ephemeral;
  final boolean stateful = false;
  List<String> profiles;
  Map<String, String> config;
  Map<String, Map<String, String>> devices;
  final Instant createdAt = Instant.now();
  Instant lastUsedAt;
  int statusCode = STOPPED;
  long pid;
  long cpuNanos;
  FileTree files;
  final Map<String, Snapshot> snapshots = new LinkedHashMap<>();
  final Map<String, Backup> backups = new LinkedHashMap<>();
  final Map<String, byte[]> logs = new TreeMap<>();

  /** Exec and console sessions whose process still runs. */
  final List<ExecSession> sessions = new ArrayList<>();

  /** The action of the state operation that keeps the instance busy, or {@code null}. */
  String busyWith;

  Instance(
      String name,
      String project,
      String type,
      String architecture,
      String description,
      boolean ephemeral,
      List<String> profiles,
      Map<String, String> config,
      Map<String, Map<String, String>> devices,
      FileTree files) {
    this.name = name;
    this.project = project;
    this.type = type;
    this.architecture = architecture;
    this.description = description;
    this.ephemeral = ephemeral;
    this.profiles = new ArrayList<>(profiles);
    this.config = new TreeMap<>(config);
    this.devices = new TreeMap<>(devices);
    this.files = files;
  }

  boolean isRunning() {
    return statusCode == RUNNING || statusCode == FROZEN;
  }

  String status() {
    return switch (statusCode) {
      case RUNNING -> "Running";
      case FROZEN -> "Frozen";
      default -> "Stopped";
    };
  }

  /** The instance's URL with {@code ?project=} outside {@code default}. */
  String url() {
    return url(project, "/1.0/instances/" + name);
  }

  static String url(String project, String path) {
    return project.equals("default") ? path : path + "?project=" + project;
  }

  void start() {
    statusCode = RUNNING;
    pid = PIDS.incrementAndGet();
    lastUsedAt = Instant.now();
    config.remove("volatile.apply_template");
    config.put("volatile.last_state.power", "RUNNING");
    // LXD writes both files on each start and keeps them after the instance stops.
    logs.put("lxc.conf", lxcConf().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    logs.putIfAbsent("lxc.log", new byte[0]);
  }

  /** Returns a few lines in the form of the liblxc configuration LXD writes for a container. */
  private String lxcConf() {
    return "lxc.log.file = /var/log/lxd/"
        + name
        + "/lxc.log\nlxc.log.level = warn\nlxc.console.buffer.size = auto\nlxc.uts.name = "
        + name
        + "\n";
  }

  void stop() {
    statusCode = STOPPED;
    pid = 0;
    config.put("volatile.last_state.power", "STOPPED");
  }

  /** The fields LXD hashes for an instance's ETag; the description is not among them. */
  String etag() {
    return Etags.of(architecture, new TreeMap<>(config), devices, ephemeral, profiles);
  }

  /** The lowest free name of the form {@code snapN}, as LXD picks one when none is given. */
  String nextSnapshotName() {
    return nextName("snap", snapshots.keySet());
  }

  String nextBackupName() {
    return nextName("backup", backups.keySet());
  }

  private static String nextName(String prefix, java.util.Set<String> taken) {
    for (int i = 0; ; i++) {
      if (!taken.contains(prefix + i)) {
        return prefix + i;
      }
    }
  }

  /** A snapshot: the instance's configuration and files at one point in time. */
  static final class Snapshot {
    String name;
    final Instant createdAt = Instant.now();
    Instant expiresAt;
    final String architecture;
    final Map<String, String> config;
    final Map<String, Map<String, String>> devices;
    final List<String> profiles;
    final boolean ephemeral;
    final String description;
    final FileTree files;
    final boolean stateful;

    Snapshot(String name, Instance of, Instant expiresAt, boolean stateful) {
      this.name = name;
      this.expiresAt = expiresAt;
      this.architecture = of.architecture;
      this.config = new TreeMap<>(of.config);
      this.devices = new TreeMap<>(of.devices);
      this.profiles = List.copyOf(of.profiles);
      this.ephemeral = of.ephemeral;
      this.description = of.description;
      this.files = of.files.copy();
      this.stateful = stateful;
    }

    String etag() {
      return Etags.of(Times.format(expiresAt));
    }
  }

  /**
   * A backup: an export of the instance (and its snapshots unless {@code instanceOnly}).
   *
   * @param content the tarball that the export endpoint returns
   */
  record Backup(
      String name,
      Instant createdAt,
      Instant expiresAt,
      boolean instanceOnly,
      boolean optimizedStorage,
      byte[] content) {
    Backup renamed(String newName) {
      return new Backup(newName, createdAt, expiresAt, instanceOnly, optimizedStorage, content);
    }
  }
}

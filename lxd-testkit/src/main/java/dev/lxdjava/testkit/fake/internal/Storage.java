package dev.lxdjava.testkit.fake.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/** Storage pools and the custom volumes in them. */
final class Storage {
  private Storage() {}

  /** A pool; the fake supports LXD's {@code dir} driver semantics only. */
  static final class Pool {
    String name;
    String description;
    final String driver;
    Map<String, String> config;

    /** Custom volumes by project and then name. */
    final Map<String, Map<String, Volume>> volumes = new LinkedHashMap<>();

    Pool(String name, String description, String driver, Map<String, String> config) {
      this.name = name;
      this.description = description;
      this.driver = driver;
      this.config = new TreeMap<>(config);
    }

    Map<String, Volume> volumes(String project) {
      return volumes.computeIfAbsent(project, key -> new LinkedHashMap<>());
    }

    /** LXD 5.0.2 hashes the name, driver and configuration of a pool, not its description. */
    String etag() {
      return Etags.of(name, driver, config);
    }
  }

  /** A custom volume with its snapshots. */
  static final class Volume {
    String name;
    String description;
    final String contentType;
    Map<String, String> config;
    final Instant createdAt = Instant.now();
    final Map<String, Snapshot> snapshots = new LinkedHashMap<>();

    Volume(String name, String description, String contentType, Map<String, String> config) {
      this.name = name;
      this.description = description;
      this.contentType = contentType;
      this.config = new TreeMap<>(config);
    }

    String etag() {
      return Etags.of(name, "custom", config);
    }
  }

  /** A volume snapshot: the volume's configuration at one point in time. */
  static final class Snapshot {
    String name;
    String description;
    final Map<String, String> config;
    final Instant createdAt = Instant.now();
    Instant expiresAt;

    Snapshot(String name, Volume of, Instant expiresAt) {
      this.name = name;
      this.description = of.description;
      this.config = new TreeMap<>(of.config);
      this.expiresAt = expiresAt;
    }

    String etag() {
      return Etags.of(description, Times.format(expiresAt));
    }
  }
}

package dev.lxdjava.testkit.fake.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which configuration keys LXD 5.0 accepts, by key prefix. The lists are coarser than LXD's own
 * (which also checks values), but an unknown key is rejected with LXD's message.
 */
final class ConfigKeys {
  private static final List<String> INSTANCE_PREFIXES =
      List.of(
          "user.",
          "environment.",
          "image.",
          "volatile.",
          "limits.",
          "security.",
          "boot.",
          "raw.",
          "snapshots.",
          "linux.",
          "cloud-init.",
          "nvidia.",
          "migration.",
          "agent.",
          "cluster.",
          "user-data",
          "vendor-data",
          "network-config");
  private static final Set<String> INSTANCE_KEYS = Set.of("cloud-init.user-data");

  private static final List<String> PROJECT_PREFIXES =
      List.of("features.", "limits.", "restricted", "images.", "backups.", "user.", "snapshots.");
  private static final Set<String> PROJECT_FEATURES =
      Set.of(
          "features.images",
          "features.profiles",
          "features.storage.volumes",
          "features.networks",
          "features.storage.buckets");

  private static final List<String> VOLUME_PREFIXES =
      List.of("size", "security.", "snapshots.", "user.", "block.", "volatile.", "zfs.", "lvm.");

  private static final List<String> NETWORK_PREFIXES =
      List.of(
          "ipv4.",
          "ipv6.",
          "bridge.",
          "dns.",
          "raw.",
          "user.",
          "security.",
          "tunnel.",
          "maas.",
          "fan.",
          "volatile.",
          "parent",
          "mtu",
          "vlan",
          "network");

  private static final List<String> POOL_PREFIXES =
      List.of("source", "size", "volume.", "user.", "rsync.", "volatile.");

  private static final List<String> SERVER_PREFIXES =
      List.of(
          "core.",
          "images.",
          "cluster.",
          "backups.",
          "storage.",
          "maas.",
          "candid.",
          "rbac.",
          "user.");

  private ConfigKeys() {}

  /** The first key without one of the prefixes, or {@code null} when all are known. */
  private static String unknown(Map<String, String> config, List<String> prefixes) {
    for (String key : config.keySet()) {
      if (prefixes.stream().noneMatch(key::startsWith)) {
        return key;
      }
    }
    return null;
  }

  /** The message LXD gives for an instance or profile key it does not know, or {@code null}. */
  static String instanceProblem(Map<String, String> config) {
    for (String key : config.keySet()) {
      if (!INSTANCE_KEYS.contains(key) && INSTANCE_PREFIXES.stream().noneMatch(key::startsWith)) {
        return "Unknown configuration key: " + key;
      }
    }
    return null;
  }

  static void checkProject(Map<String, String> config) {
    for (String key : config.keySet()) {
      boolean feature = key.startsWith("features.");
      if (feature
          ? !PROJECT_FEATURES.contains(key)
          : PROJECT_PREFIXES.stream().noneMatch(key::startsWith)) {
        throw LxdError.badRequest("Invalid project configuration key \"" + key + "\"");
      }
    }
  }

  static void checkVolume(String pool, String volume, Map<String, String> config) {
    String key = unknown(config, VOLUME_PREFIXES);
    if (key != null) {
      throw LxdError.internal(
          "Invalid option for volume \"" + pool + "_" + volume + "\" option \"" + key + "\"");
    }
  }

  static void checkNetwork(String network, Map<String, String> config) {
    String key = unknown(config, NETWORK_PREFIXES);
    if (key != null) {
      throw LxdError.internal(
          "Invalid option for network \"" + network + "\" option \"" + key + "\"");
    }
  }

  static void checkPool(String pool, Map<String, String> config) {
    String key = unknown(config, POOL_PREFIXES);
    if (key != null) {
      throw LxdError.badRequest(
          "Invalid option for storage pool \"" + pool + "\" option \"" + key + "\"");
    }
  }

  static void checkServer(Map<String, String> config) {
    String key = unknown(config, SERVER_PREFIXES);
    if (key != null) {
      throw LxdError.badRequest("Invalid configuration key \"" + key + "\"");
    }
  }
}

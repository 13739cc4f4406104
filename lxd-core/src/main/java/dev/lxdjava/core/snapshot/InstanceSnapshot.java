package dev.lxdjava.core.snapshot;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A snapshot of an instance as LXD returned it: the instance's configuration at the time the
 * snapshot was taken, plus the snapshot's own times and size.
 *
 * @param name snapshot name, without the instance name
 * @param createdAt when the snapshot was taken
 * @param expiresAt when LXD deletes it; {@link #NEVER} when it never expires
 * @param lastUsedAt last time it was used, for example as a copy source; {@link #NEVER} if never
 * @param stateful whether it holds the instance's runtime state
 * @param ephemeral whether the instance was ephemeral
 * @param architecture for example {@code x86_64}
 * @param profiles profiles the instance had
 * @param config the instance's own configuration keys
 * @param devices the instance's own devices, by device name
 * @param expandedConfig configuration after profiles were applied
 * @param expandedDevices devices after profiles were applied
 * @param size bytes the snapshot uses on disk; -1 when the storage driver cannot tell
 */
public record InstanceSnapshot(
    String name,
    Instant createdAt,
    Instant expiresAt,
    Instant lastUsedAt,
    boolean stateful,
    boolean ephemeral,
    String architecture,
    List<String> profiles,
    Map<String, String> config,
    Map<String, Map<String, String>> devices,
    Map<String, String> expandedConfig,
    Map<String, Map<String, String>> expandedDevices,
    long size) {

  /** LXD's zero time, {@code 0001-01-01T00:00:00Z}, which it sends for "never". */
  public static final Instant NEVER = Instant.parse("0001-01-01T00:00:00Z");

  /** Copies the collections and replaces missing times with {@link #NEVER}. */
  public InstanceSnapshot {
    expiresAt = expiresAt == null ? NEVER : expiresAt;
    lastUsedAt = lastUsedAt == null ? NEVER : lastUsedAt;
    architecture = architecture == null ? "" : architecture;
    profiles = profiles == null ? List.of() : List.copyOf(profiles);
    config = config == null ? Map.of() : Map.copyOf(config);
    devices = copyDevices(devices);
    expandedConfig = expandedConfig == null ? Map.of() : Map.copyOf(expandedConfig);
    expandedDevices = copyDevices(expandedDevices);
  }

  /** Whether LXD deletes the snapshot at {@link #expiresAt()}. */
  public boolean expires() {
    return !expiresAt.equals(NEVER);
  }

  private static Map<String, Map<String, String>> copyDevices(
      Map<String, Map<String, String>> devices) {
    if (devices == null) {
      return Map.of();
    }
    Map<String, Map<String, String>> copy = new LinkedHashMap<>();
    devices.forEach((device, keys) -> copy.put(device, Map.copyOf(keys)));
    return Map.copyOf(copy);
  }
}

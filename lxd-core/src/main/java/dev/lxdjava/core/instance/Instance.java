package dev.lxdjava.core.instance;

import dev.lxdjava.core.backup.InstanceBackup;
import dev.lxdjava.core.snapshot.InstanceSnapshot;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An LXD instance (container or virtual machine) as LXD returned it.
 *
 * @param name instance name
 * @param type container or virtual machine
 * @param status status text such as {@code Running}, {@code Stopped} or {@code Frozen}
 * @param statusCode LXD's numeric status code (103 running, 102 stopped, 110 frozen)
 * @param description free text
 * @param architecture for example {@code x86_64}
 * @param ephemeral whether LXD deletes the instance when it stops
 * @param stateful whether it holds a stateful snapshot or checkpoint
 * @param profiles applied profiles, in order
 * @param config the instance's own configuration keys
 * @param devices the instance's own devices, by device name
 * @param expandedConfig configuration after profiles are applied
 * @param expandedDevices devices after profiles are applied
 * @param createdAt creation time
 * @param lastUsedAt last start time; {@code 0001-01-01T00:00:00Z} when never started
 * @param location cluster member holding it, {@code none} outside a cluster
 * @param project project it belongs to
 * @param state runtime state; present only when listed with recursion 2, otherwise {@code null}
 * @param snapshots the instance's snapshots, oldest first; present only when listed with recursion
 *     2, otherwise {@code null}
 * @param backups the instance's backups; present only when listed with recursion 2, otherwise
 *     {@code null}
 */
public record Instance(
    String name,
    InstanceType type,
    String status,
    int statusCode,
    String description,
    String architecture,
    boolean ephemeral,
    boolean stateful,
    List<String> profiles,
    Map<String, String> config,
    Map<String, Map<String, String>> devices,
    Map<String, String> expandedConfig,
    Map<String, Map<String, String>> expandedDevices,
    Instant createdAt,
    Instant lastUsedAt,
    String location,
    String project,
    InstanceState state,
    List<InstanceSnapshot> snapshots,
    List<InstanceBackup> backups) {

  public Instance {
    description = description == null ? "" : description;
    profiles = profiles == null ? List.of() : List.copyOf(profiles);
    config = config == null ? Map.of() : Map.copyOf(config);
    devices = Devices.copy(devices);
    expandedConfig = expandedConfig == null ? Map.of() : Map.copyOf(expandedConfig);
    expandedDevices = Devices.copy(expandedDevices);
    location = location == null ? "" : location;
    project = project == null ? "default" : project;
    snapshots = snapshots == null ? null : List.copyOf(snapshots);
    backups = backups == null ? null : List.copyOf(backups);
  }

  /** Whether LXD reports the instance as running. */
  public boolean isRunning() {
    return statusCode == 103;
  }
}

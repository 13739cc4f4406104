package dev.lxdjava.core.storage;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An LXD storage volume as LXD returned it.
 *
 * @param name volume name; for image volumes the image fingerprint
 * @param type what the volume holds
 * @param description free text
 * @param config volume configuration, for example {@code size}
 * @param usedBy URLs of the instances and profiles that use the volume
 * @param location cluster member holding it, {@code none} outside a cluster
 * @param contentType {@code filesystem} or {@code block}
 * @param project project the volume belongs to
 * @param createdAt creation time; LXD 5.0 reports {@code 0001-01-01T00:00:00Z} for volumes created
 *     before it recorded the time
 */
public record StorageVolume(
    String name,
    VolumeType type,
    String description,
    Map<String, String> config,
    List<String> usedBy,
    String location,
    String contentType,
    String project,
    Instant createdAt) {

  public StorageVolume {
    description = description == null ? "" : description;
    config = config == null ? Map.of() : Map.copyOf(config);
    usedBy = usedBy == null ? List.of() : List.copyOf(usedBy);
    location = location == null ? "" : location;
    contentType = contentType == null ? "" : contentType;
    project = project == null ? "default" : project;
  }
}

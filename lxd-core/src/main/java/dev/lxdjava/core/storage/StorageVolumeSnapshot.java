package dev.lxdjava.core.storage;

import java.time.Instant;
import java.util.Map;

/**
 * A snapshot of a custom storage volume.
 *
 * @param name snapshot name, without the volume name
 * @param description free text
 * @param config the volume's configuration when the snapshot was taken
 * @param contentType {@code filesystem} or {@code block}; empty in LXD 5.0's lists
 * @param createdAt creation time as LXD reports it
 * @param expiresAt when LXD deletes the snapshot, or {@code null} for never
 */
public record StorageVolumeSnapshot(
    String name,
    String description,
    Map<String, String> config,
    String contentType,
    Instant createdAt,
    Instant expiresAt) {

  public StorageVolumeSnapshot {
    description = description == null ? "" : description;
    config = config == null ? Map.of() : Map.copyOf(config);
    contentType = contentType == null ? "" : contentType;
  }
}

package dev.lxdjava.core.storage;

import java.util.Map;

/**
 * The writable part of a storage volume. On {@link StorageVolumes#update} (PUT) it replaces the
 * volume's description and configuration, and a {@code null} component is sent empty. On {@link
 * StorageVolumes#patch} (PATCH) a {@code null} component is left out, so LXD keeps it, and
 * configuration keys merge into the existing ones.
 *
 * @param description free text, or {@code null}
 * @param config volume configuration, or {@code null}
 */
public record StorageVolumeUpdate(String description, Map<String, String> config) {

  public StorageVolumeUpdate {
    config = config == null ? null : Map.copyOf(config);
  }

  /** The writable part of {@code volume} as it is, to change and send back. */
  public static StorageVolumeUpdate from(StorageVolume volume) {
    return new StorageVolumeUpdate(volume.description(), volume.config());
  }

  /** A patch that sets the given configuration keys only. */
  public static StorageVolumeUpdate config(Map<String, String> config) {
    return new StorageVolumeUpdate(null, config);
  }
}

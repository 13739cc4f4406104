package dev.lxdjava.core.storage;

import java.util.Map;

/**
 * The writable part of a storage pool. On {@link StoragePools#update} (PUT) it replaces the pool's
 * description and configuration, and a {@code null} component is sent empty. On {@link
 * StoragePools#patch} (PATCH) a {@code null} component is left out, so LXD keeps it, and
 * configuration keys merge into the existing ones.
 *
 * @param description free text, or {@code null}
 * @param config driver configuration, or {@code null}
 */
public record StoragePoolUpdate(String description, Map<String, String> config) {

  public StoragePoolUpdate {
    config = config == null ? null : Map.copyOf(config);
  }

  /** The writable part of {@code pool} as it is, to change and send back. */
  public static StoragePoolUpdate from(StoragePool pool) {
    return new StoragePoolUpdate(pool.description(), pool.config());
  }

  /** A patch that sets the given configuration keys only. */
  public static StoragePoolUpdate config(Map<String, String> config) {
    return new StoragePoolUpdate(null, config);
  }
}

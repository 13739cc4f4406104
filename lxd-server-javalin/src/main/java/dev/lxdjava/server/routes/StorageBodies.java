package dev.lxdjava.server.routes;

import java.time.Instant;
import java.util.Map;

/** JSON bodies of the storage pool and volume routes, with LXD's field names. */
final class StorageBodies {
  private StorageBodies() {}

  /** {@code POST /api/v1/storage/pools}. */
  record PoolCreate(String name, String driver, String description, Map<String, String> config) {}

  /**
   * {@code PUT} and {@code PATCH} of a pool or volume: PUT replaces both fields (absent ones become
   * empty), PATCH changes only the fields given and merges {@code config} keys.
   */
  record Update(String description, Map<String, String> config) {}

  /**
   * {@code POST …/volumes}: a custom volume; {@code size} is a shortcut for {@code config.size}.
   */
  record VolumeCreate(
      String name,
      String contentType,
      String description,
      Map<String, String> config,
      String size) {}

  /** {@code POST …/resize}: the new size, such as {@code 2GiB}. */
  record Resize(String size) {}

  /** {@code POST …/snapshots}. */
  record SnapshotCreate(String name, Instant expiresAt) {}

  /** {@code PUT …/snapshots/{snapshot}}. */
  record SnapshotUpdate(String description, Instant expiresAt) {}
}

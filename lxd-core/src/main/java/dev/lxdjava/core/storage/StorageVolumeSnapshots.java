package dev.lxdjava.core.storage;

import dev.lxdjava.core.Tagged;
import dev.lxdjava.core.operation.OperationHandle;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Snapshots of one custom storage volume ({@code
 * /1.0/storage-pools/{pool}/volumes/custom/{volume}/snapshots}). Needs the API extension {@code
 * storage_api_volume_snapshots}. Names are checked by {@link
 * dev.lxdjava.core.Names#storageVolume(String)}.
 */
public interface StorageVolumeSnapshots {

  /** The volume these snapshots belong to. */
  String volume();

  /** Lists the snapshots with recursion 1 in one request. */
  List<StorageVolumeSnapshot> list();

  /**
   * Reads one snapshot.
   *
   * @throws dev.lxdjava.core.LxdNotFoundException if it does not exist
   */
  StorageVolumeSnapshot get(String name);

  /** Reads one snapshot with its ETag, for {@link #update}. */
  Tagged<StorageVolumeSnapshot> getTagged(String name);

  /** Reads one snapshot, or returns empty if it does not exist. */
  Optional<StorageVolumeSnapshot> find(String name);

  /** Takes a snapshot that does not expire; LXD does the work in a background operation. */
  default OperationHandle create(String name) {
    return create(name, null);
  }

  /**
   * Takes a snapshot; LXD does the work in a background operation.
   *
   * @param expiresAt when LXD deletes the snapshot, or {@code null} for never (API extension {@code
   *     custom_volume_snapshot_expiry})
   */
  OperationHandle create(String name, Instant expiresAt);

  /** Renames a snapshot; LXD does the work in a background operation. */
  OperationHandle rename(String name, String newName);

  /**
   * Replaces the snapshot's description and expiry (PUT).
   *
   * @param expiresAt new expiry, or {@code null} for never
   * @param etag from {@link #getTagged}, or empty to send no {@code If-Match}
   */
  void update(String name, String description, Instant expiresAt, String etag);

  /** Deletes a snapshot; LXD does the work in a background operation. */
  OperationHandle delete(String name);

  /**
   * Restores the volume to the snapshot ({@code PUT} on the volume with {@code {"restore": name}}).
   * LXD refuses while the volume is attached to a running instance.
   */
  void restore(String name);
}

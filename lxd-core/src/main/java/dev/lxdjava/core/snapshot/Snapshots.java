package dev.lxdjava.core.snapshot;

import dev.lxdjava.core.Tagged;
import dev.lxdjava.core.operation.OperationHandle;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Snapshots of instances ({@code /1.0/instances/{name}/snapshots}) in one project. Instance names
 * are checked by {@link dev.lxdjava.core.Names#instance(String)} and snapshot names by {@link
 * dev.lxdjava.core.Names#snapshot(String)} before any request, so a name never addresses another
 * object.
 */
public interface Snapshots {

  /** Lists the snapshots of an instance, oldest first, in one request (recursion 1). */
  List<InstanceSnapshot> list(String instance);

  /**
   * Reads one snapshot.
   *
   * @throws dev.lxdjava.core.LxdNotFoundException if the instance or the snapshot does not exist
   */
  InstanceSnapshot get(String instance, String snapshot);

  /** Reads one snapshot, or returns empty if it does not exist. */
  Optional<InstanceSnapshot> find(String instance, String snapshot);

  /** Reads one snapshot with the ETag that {@link #updateExpiry} takes. */
  Tagged<InstanceSnapshot> getTagged(String instance, String snapshot);

  /** Takes a snapshot; LXD does the work in a background operation. */
  OperationHandle create(String instance, SnapshotCreate request);

  /** Renames a snapshot ({@code POST} with the new name). */
  OperationHandle rename(String instance, String snapshot, String newName);

  /**
   * Changes when LXD deletes a snapshot ({@code PUT} with {@code expires_at}).
   *
   * @param expiresAt the new expiry, or {@code null} so the snapshot never expires
   * @param etag the ETag from {@link #getTagged}; LXD rejects the change with 412 ({@link
   *     dev.lxdjava.core.LxdConflictException#isPreconditionFailed()}) if the snapshot changed
   *     since. Empty sends no {@code If-Match}.
   */
  OperationHandle updateExpiry(String instance, String snapshot, Instant expiresAt, String etag);

  /**
   * Restores an instance to a snapshot ({@code PUT /1.0/instances/{name}} with {@code restore}).
   * The instance's current file system and configuration are replaced.
   *
   * @param stateful also restore the saved runtime state; needs a stateful snapshot and CRIU
   */
  OperationHandle restore(String instance, String snapshot, boolean stateful);

  /** Restores an instance to a snapshot without its runtime state. */
  default OperationHandle restore(String instance, String snapshot) {
    return restore(instance, snapshot, false);
  }

  /** Deletes a snapshot. */
  OperationHandle delete(String instance, String snapshot);
}

package dev.lxdjava.core.storage;

import dev.lxdjava.core.Tagged;
import java.util.List;
import java.util.Optional;

/**
 * Storage volumes of one pool ({@code /1.0/storage-pools/{pool}/volumes}) in one project. Names are
 * checked by {@link dev.lxdjava.core.Names#storageVolume(String)} before any request.
 *
 * <p>Create, rename, resize, delete, snapshots and attachments apply to custom volumes; LXD manages
 * the other types with their instances and images. Writes that LXD 5.0 does synchronously return
 * when done; if LXD replies with a background operation instead, the method waits for it.
 */
public interface StorageVolumes {

  /** The pool these volumes belong to. */
  String pool();

  /** Lists the volumes of every type with recursion 1 in one request, without snapshots. */
  List<StorageVolume> list();

  /** Lists the volumes of one type with recursion 1 in one request, without snapshots. */
  List<StorageVolume> list(VolumeType type);

  /**
   * Reads one volume.
   *
   * @throws dev.lxdjava.core.LxdNotFoundException if it does not exist
   */
  StorageVolume get(VolumeType type, String name);

  /** Reads one custom volume. */
  default StorageVolume get(String name) {
    return get(VolumeType.CUSTOM, name);
  }

  /** Reads one volume with its ETag, for {@link #update} and {@link #patch}. */
  Tagged<StorageVolume> getTagged(VolumeType type, String name);

  /** Reads one volume, or returns empty if it does not exist. */
  Optional<StorageVolume> find(VolumeType type, String name);

  /** Reads one custom volume, or returns empty if it does not exist. */
  default Optional<StorageVolume> find(String name) {
    return find(VolumeType.CUSTOM, name);
  }

  /** Creates a custom volume. */
  void create(StorageVolumeCreate request);

  /**
   * Replaces a volume's description and configuration (PUT).
   *
   * @param etag from {@link #getTagged}; LXD rejects the update with {@link
   *     dev.lxdjava.core.LxdConflictException} (412) when the volume changed since. Empty sends no
   *     {@code If-Match}.
   */
  void update(VolumeType type, String name, StorageVolumeUpdate update, String etag);

  /**
   * Merges the non-null parts of {@code patch} into a volume (PATCH).
   *
   * @param etag as for {@link #update}
   */
  void patch(VolumeType type, String name, StorageVolumeUpdate patch, String etag);

  /**
   * Renames a custom volume within its pool ({@code POST} with {@code {"name": newName}}; API
   * extension {@code storage_api_volume_rename}).
   */
  void rename(String name, String newName);

  /**
   * Sets a custom volume's {@code size}, for example {@code 2GiB}. Whether a volume can shrink
   * depends on the driver; the {@code dir} driver applies the size as a quota where the file system
   * supports project quotas.
   */
  void resize(String name, String size);

  /**
   * Deletes a custom volume. LXD refuses while an instance or profile uses it.
   *
   * @throws dev.lxdjava.core.LxdApiException if LXD refuses
   */
  void delete(String name);

  /** The snapshots of a custom volume. */
  StorageVolumeSnapshots snapshots(String volume);

  /**
   * Attaches a custom volume to an instance as a {@code disk} device with the defaults of {@link
   * DiskAttachment#of}: device name = volume name, path {@code /mnt/<volume>}.
   */
  default void attach(String volume, String instance) {
    attach(volume, DiskAttachment.of(instance, volume));
  }

  /**
   * Attaches a custom volume to an instance as the {@code disk} device {@code {type: disk, pool,
   * source: volume, path}}, added with a PATCH that carries the instance's ETag.
   *
   * @throws dev.lxdjava.core.LxdValidationException if the instance already has a device of that
   *     name (a PATCH would replace it); nothing is changed
   * @throws dev.lxdjava.core.LxdConflictException if the instance changed between the read and the
   *     write (412)
   */
  void attach(String volume, DiskAttachment attachment);

  /**
   * Removes every {@code disk} device of the instance's own devices that uses this volume of this
   * pool. Devices that come from profiles are not touched. The instance is read with its ETag and
   * written back whole (PUT with {@code If-Match}), because a PATCH merges and cannot delete a
   * device.
   *
   * @return whether a device was removed
   * @throws dev.lxdjava.core.LxdConflictException if the instance changed between the read and the
   *     write (412); nothing was changed then
   */
  boolean detach(String volume, String instance);
}

package dev.lxdjava.transport.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lxdjava.core.LxdNotFoundException;
import dev.lxdjava.core.Names;
import dev.lxdjava.core.Scope;
import dev.lxdjava.core.Tagged;
import dev.lxdjava.core.operation.OperationHandle;
import dev.lxdjava.core.storage.StorageVolumeSnapshot;
import dev.lxdjava.core.storage.StorageVolumeSnapshots;
import dev.lxdjava.core.storage.VolumeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * {@link StorageVolumeSnapshots} over {@code
 * /1.0/storage-pools/{pool}/volumes/custom/{volume}/snapshots}.
 */
final class RestStorageVolumeSnapshots implements StorageVolumeSnapshots {
  private final RestClient rest;
  private final Scope scope;
  private final RestStorageVolumes volumes;
  private final String volume;

  RestStorageVolumeSnapshots(
      RestClient rest, Scope scope, RestStorageVolumes volumes, String volume) {
    this.rest = rest;
    this.scope = scope;
    this.volumes = volumes;
    this.volume = volume;
  }

  private LxdPath snapshots() {
    return LxdPath.of(
        "storage-pools",
        volumes.pool(),
        "volumes",
        VolumeType.CUSTOM.wireName(),
        volume,
        "snapshots");
  }

  private LxdPath path(String name) {
    return snapshots().segment(Names.storageVolume(name)).scope(scope, true);
  }

  @Override
  public String volume() {
    return volume;
  }

  @Override
  public List<StorageVolumeSnapshot> list() {
    LxdPath path = snapshots().query("recursion", "1").scope(scope, false);
    return StorageReplies.snapshots(rest.get(path).metadata());
  }

  @Override
  public StorageVolumeSnapshot get(String name) {
    return StorageReplies.snapshot(rest.get(path(name)).metadata());
  }

  @Override
  public Tagged<StorageVolumeSnapshot> getTagged(String name) {
    LxdResponse response = rest.get(path(name));
    return new Tagged<>(StorageReplies.snapshot(response.metadata()), response.etag());
  }

  @Override
  public Optional<StorageVolumeSnapshot> find(String name) {
    try {
      return Optional.of(get(name));
    } catch (LxdNotFoundException e) {
      return Optional.empty();
    }
  }

  @Override
  public OperationHandle create(String name, Instant expiresAt) {
    ObjectNode body = JsonFields.newObject();
    body.put("name", Names.storageVolume(name));
    if (expiresAt != null) {
      body.put("expires_at", expiresAt.toString());
    }
    LxdPath path = snapshots().scope(scope, true);
    return RestOperations.fromAsync(rest, scope, rest.send("POST", path, body));
  }

  @Override
  public OperationHandle rename(String name, String newName) {
    ObjectNode body = Writes.rename(Names.storageVolume(newName));
    return RestOperations.fromAsync(rest, scope, rest.send("POST", path(name), body));
  }

  @Override
  public void update(String name, String description, Instant expiresAt, String etag) {
    ObjectNode body = JsonFields.newObject();
    body.put("description", description == null ? "" : description);
    // LXD 5.0 reads a missing or zero expires_at as "never".
    body.put("expires_at", expiresAt == null ? "0001-01-01T00:00:00Z" : expiresAt.toString());
    Writes.complete(rest, scope, rest.send("PUT", path(name), body, etag));
  }

  @Override
  public OperationHandle delete(String name) {
    return RestOperations.fromAsync(rest, scope, rest.send("DELETE", path(name), null));
  }

  @Override
  public void restore(String name) {
    ObjectNode body = JsonFields.newObject();
    body.put("restore", Names.storageVolume(name));
    LxdPath path = volumes.path(VolumeType.CUSTOM, volume);
    Writes.complete(rest, scope, rest.send("PUT", path, body));
  }
}

package dev.lxdjava.transport.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lxdjava.core.LxdNotFoundException;
import dev.lxdjava.core.Names;
import dev.lxdjava.core.Scope;
import dev.lxdjava.core.Tagged;
import dev.lxdjava.core.storage.DiskAttachment;
import dev.lxdjava.core.storage.StorageVolume;
import dev.lxdjava.core.storage.StorageVolumeCreate;
import dev.lxdjava.core.storage.StorageVolumeSnapshots;
import dev.lxdjava.core.storage.StorageVolumeUpdate;
import dev.lxdjava.core.storage.StorageVolumes;
import dev.lxdjava.core.storage.VolumeType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link StorageVolumes} over {@code /1.0/storage-pools/{pool}/volumes}. */
final class RestStorageVolumes implements StorageVolumes {
  private final RestClient rest;
  private final Scope scope;
  private final String pool;

  RestStorageVolumes(RestClient rest, Scope scope, String pool) {
    this.rest = rest;
    this.scope = scope;
    this.pool = Names.storagePool(pool);
  }

  private LxdPath volumes() {
    return LxdPath.of("storage-pools", pool, "volumes");
  }

  LxdPath path(VolumeType type, String name) {
    return volumes().segment(type.wireName()).segment(Names.storageVolume(name)).scope(scope, true);
  }

  @Override
  public String pool() {
    return pool;
  }

  @Override
  public List<StorageVolume> list() {
    LxdPath path = volumes().query("recursion", "1").scope(scope, false);
    return StorageReplies.volumes(rest.get(path).metadata(), scope.project());
  }

  @Override
  public List<StorageVolume> list(VolumeType type) {
    LxdPath path = volumes().segment(type.wireName()).query("recursion", "1").scope(scope, false);
    return StorageReplies.volumes(rest.get(path).metadata(), scope.project());
  }

  @Override
  public StorageVolume get(VolumeType type, String name) {
    return StorageReplies.volume(rest.get(path(type, name)).metadata(), scope.project());
  }

  @Override
  public Tagged<StorageVolume> getTagged(VolumeType type, String name) {
    LxdResponse response = rest.get(path(type, name));
    return new Tagged<>(
        StorageReplies.volume(response.metadata(), scope.project()), response.etag());
  }

  @Override
  public Optional<StorageVolume> find(VolumeType type, String name) {
    try {
      return Optional.of(get(type, name));
    } catch (LxdNotFoundException e) {
      return Optional.empty();
    }
  }

  @Override
  public void create(StorageVolumeCreate request) {
    ObjectNode body = JsonFields.newObject();
    body.put("name", request.name());
    body.put("type", VolumeType.CUSTOM.wireName());
    body.put("content_type", request.contentType());
    body.put("description", request.description());
    body.set("config", rest.json().valueToTree(request.config()));
    LxdPath path = volumes().segment(VolumeType.CUSTOM.wireName()).scope(scope, true);
    Writes.complete(rest, scope, rest.send("POST", path, body));
  }

  @Override
  public void update(VolumeType type, String name, StorageVolumeUpdate update, String etag) {
    ObjectNode body = JsonFields.newObject();
    Writes.putReplacing(rest, body, update.description(), update.config());
    Writes.complete(rest, scope, rest.send("PUT", path(type, name), body, etag));
  }

  @Override
  public void patch(VolumeType type, String name, StorageVolumeUpdate patch, String etag) {
    ObjectNode body = JsonFields.newObject();
    Writes.putMerging(rest, body, patch.description(), patch.config());
    Writes.complete(rest, scope, rest.send("PATCH", path(type, name), body, etag));
  }

  @Override
  public void rename(String name, String newName) {
    ObjectNode body = Writes.rename(Names.storageVolume(newName));
    Writes.complete(rest, scope, rest.send("POST", path(VolumeType.CUSTOM, name), body));
  }

  @Override
  public void resize(String name, String size) {
    StorageVolumeCreate checked = StorageVolumeCreate.of(name).withSize(size);
    patch(VolumeType.CUSTOM, name, StorageVolumeUpdate.config(checked.config()), "");
  }

  @Override
  public void delete(String name) {
    Writes.complete(rest, scope, rest.send("DELETE", path(VolumeType.CUSTOM, name), null));
  }

  @Override
  public StorageVolumeSnapshots snapshots(String volume) {
    return new RestStorageVolumeSnapshots(rest, scope, this, Names.storageVolume(volume));
  }

  @Override
  public void attach(String volume, DiskAttachment attachment) {
    Map<String, String> device = new LinkedHashMap<>();
    device.put("type", "disk");
    device.put("pool", pool);
    device.put("source", Names.storageVolume(volume));
    device.put("path", attachment.path());
    new InstanceDevices(rest, scope).add(attachment.instance(), attachment.deviceName(), device);
  }

  @Override
  public boolean detach(String volume, String instance) {
    Names.storageVolume(volume);
    return new InstanceDevices(rest, scope)
        .remove(
            instance,
            device ->
                "disk".equals(device.get("type"))
                    && pool.equals(device.get("pool"))
                    && volume.equals(device.get("source")));
  }
}

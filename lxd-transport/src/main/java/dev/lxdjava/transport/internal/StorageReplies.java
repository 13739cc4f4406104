package dev.lxdjava.transport.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lxdjava.core.LxdProtocolException;
import dev.lxdjava.core.LxdValidationException;
import dev.lxdjava.core.storage.StoragePool;
import dev.lxdjava.core.storage.StoragePoolResources;
import dev.lxdjava.core.storage.StorageVolume;
import dev.lxdjava.core.storage.StorageVolumeSnapshot;
import dev.lxdjava.core.storage.VolumeType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Maps the {@code metadata} of storage pool and volume replies to the SDK's records. */
final class StorageReplies {
  /** LXD's zero time, which it reports for "no expiry" in single snapshots. */
  private static final Instant GO_ZERO_TIME = Instant.parse("0001-01-01T00:00:00Z");

  private StorageReplies() {}

  static StoragePool pool(JsonNode node) {
    JsonFields pool = JsonFields.of(node, "storage pool");
    return new StoragePool(
        pool.text("name"),
        pool.text("driver"),
        pool.text("description"),
        pool.textMap("config"),
        pool.textList("used_by"),
        pool.text("status"),
        pool.textList("locations"));
  }

  static List<StoragePool> pools(JsonNode node) {
    return each(node, "storage pool list", StorageReplies::pool);
  }

  static StoragePoolResources resources(JsonNode node) {
    JsonFields resources = JsonFields.of(node, "storage pool resources");
    JsonFields space = resources.object("space");
    JsonFields inodes = resources.object("inodes");
    return new StoragePoolResources(
        new StoragePoolResources.Usage(space.number("used"), space.number("total")),
        new StoragePoolResources.Usage(inodes.number("used"), inodes.number("total")));
  }

  static StorageVolume volume(JsonNode node, String fallbackProject) {
    JsonFields volume = JsonFields.of(node, "storage volume");
    String name = volume.text("name");
    String project = volume.text("project");
    return new StorageVolume(
        name,
        volumeType(volume.text("type"), name),
        volume.text("description"),
        volume.textMap("config"),
        volume.textList("used_by"),
        volume.text("location"),
        volume.text("content_type"),
        project.isEmpty() ? fallbackProject : project,
        volume.instant("created_at"));
  }

  /**
   * Maps a volume list. LXD 5.0 lists volume snapshots among the volumes, named {@code
   * volume/snapshot}; they are left out.
   */
  static List<StorageVolume> volumes(JsonNode node, String fallbackProject) {
    List<StorageVolume> all = each(node, "storage volume list", v -> volume(v, fallbackProject));
    List<StorageVolume> volumes = new ArrayList<>();
    for (StorageVolume volume : all) {
      if (!volume.name().contains("/")) {
        volumes.add(volume);
      }
    }
    return volumes;
  }

  private static VolumeType volumeType(String wireName, String volume) {
    try {
      return VolumeType.fromWireName(wireName);
    } catch (LxdValidationException e) {
      throw new LxdProtocolException(
          "storage volume " + volume + ": unknown type '" + wireName + "'");
    }
  }

  /**
   * Maps a volume snapshot. In lists LXD 5.0 names it {@code volume/snapshot} and reports no expiry
   * as {@code null}; a single snapshot has its bare name and {@code 0001-01-01T00:00:00Z} for no
   * expiry. Both map to the bare name and {@code null}.
   */
  static StorageVolumeSnapshot snapshot(JsonNode node) {
    JsonFields snapshot = JsonFields.of(node, "storage volume snapshot");
    String name = snapshot.text("name");
    Instant expiresAt = snapshot.instant("expires_at");
    return new StorageVolumeSnapshot(
        name.substring(name.lastIndexOf('/') + 1),
        snapshot.text("description"),
        snapshot.textMap("config"),
        snapshot.text("content_type"),
        snapshot.instant("created_at"),
        expiresAt == null || !expiresAt.isAfter(GO_ZERO_TIME) ? null : expiresAt);
  }

  static List<StorageVolumeSnapshot> snapshots(JsonNode node) {
    return each(node, "storage volume snapshot list", StorageReplies::snapshot);
  }

  /** Maps each element of a JSON array; {@code null} gives an empty list. */
  static <T> List<T> each(JsonNode node, String context, Function<JsonNode, T> mapper) {
    List<T> result = new ArrayList<>();
    if (node == null || node.isNull()) {
      return result;
    }
    if (!node.isArray()) {
      throw new LxdProtocolException(context + ": expected an array, got " + node.getNodeType());
    }
    node.forEach(item -> result.add(mapper.apply(item)));
    return result;
  }
}

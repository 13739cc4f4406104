package dev.lxdjava.testkit.fake.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** {@code .../volumes/custom/{name}/snapshots}: asynchronous create, rename and delete. */
final class VolumeSnapshotRoutes {
  private final Daemon daemon;
  private final Lookups lookups;

  VolumeSnapshotRoutes(Daemon daemon, Lookups lookups) {
    this.daemon = daemon;
    this.lookups = lookups;
  }

  void register(Router router) {
    String base = "storage-pools/{pool}/volumes/{type}/{name}/snapshots";
    router.get(base, (r, p) -> list(r, p.get("pool"), p.get("type"), p.get("name")));
    router.post(base, (r, p) -> create(r, p.get("pool"), p.get("type"), p.get("name")));
    String one = base + "/{snapshot}";
    router.get(
        one, (r, p) -> get(r, p.get("pool"), p.get("type"), p.get("name"), p.get("snapshot")));
    router.put(
        one, (r, p) -> update(r, p.get("pool"), p.get("type"), p.get("name"), p.get("snapshot")));
    router.patch(
        one, (r, p) -> update(r, p.get("pool"), p.get("type"), p.get("name"), p.get("snapshot")));
    router.post(
        one, (r, p) -> rename(r, p.get("pool"), p.get("type"), p.get("name"), p.get("snapshot")));
    router.delete(
        one, (r, p) -> delete(r, p.get("pool"), p.get("type"), p.get("name"), p.get("snapshot")));
  }

  private record Target(String project, Storage.Volume volume) {}

  private Target target(ApiRequest request, String pool, String type, String name) {
    Project project = lookups.project(request, "Project not found");
    String volumeProject = daemon.volumes(project);
    return new Target(
        volumeProject, VolumeRoutes.volume(lookups.pool(pool), volumeProject, type, name));
  }

  private static ObjectNode view(Storage.Volume volume, Storage.Snapshot snapshot) {
    ObjectNode node = Json.object();
    node.put("description", snapshot.description);
    if (snapshot.expiresAt == null) {
      node.putNull("expires_at");
    } else {
      node.put("expires_at", Times.format(snapshot.expiresAt));
    }
    node.put("name", volume.name + "/" + snapshot.name);
    node.set("config", Json.stringMap(snapshot.config));
    node.put("content_type", "");
    node.put("created_at", Times.format(snapshot.createdAt));
    return node;
  }

  private static Storage.Snapshot snapshot(Storage.Volume volume, String name) {
    Storage.Snapshot snapshot = volume.snapshots.get(name);
    if (snapshot == null) {
      throw LxdError.notFound("Storage pool volume snapshot not found");
    }
    return snapshot;
  }

  private ApiReply list(ApiRequest request, String pool, String type, String name) {
    synchronized (daemon) {
      Target target = target(request, pool, type, name);
      ArrayNode result = Json.array();
      for (Storage.Snapshot snapshot : target.volume.snapshots.values()) {
        if (request.recursion() == 0) {
          result.add(
              VolumeRoutes.url(target.project, pool, type, name + "/snapshots/" + snapshot.name));
        } else {
          result.add(view(target.volume, snapshot));
        }
      }
      return ApiReply.ok(result);
    }
  }

  private ApiReply get(
      ApiRequest request, String pool, String type, String name, String snapshotName) {
    synchronized (daemon) {
      Target target = target(request, pool, type, name);
      Storage.Snapshot snapshot = snapshot(target.volume, snapshotName);
      return ApiReply.tagged(view(target.volume, snapshot), snapshot.etag());
    }
  }

  private ApiReply create(ApiRequest request, String pool, String type, String name) {
    JsonNode body = request.json();
    String requested = Json.text(body, "name");
    LxdNames.snapshot(requested);
    Instant expiresAt = Times.parse(Json.text(body, "expires_at"));
    Target target;
    synchronized (daemon) {
      target = target(request, pool, type, name);
    }
    ApiRequest.Caller caller = request.caller();
    return ApiReply.async(
        daemon.operations.start(
            request.project(),
            "task",
            "Creating storage volume snapshot",
            Map.of("storage_volumes", List.of("/1.0/storage_volumes/" + name)),
            null,
            false,
            op -> {
              synchronized (daemon) {
                String snapshotName = requested.isEmpty() ? nextName(target.volume) : requested;
                if (target.volume.snapshots.containsKey(snapshotName)) {
                  throw LxdError.conflict("Snapshot \"" + snapshotName + "\" already exists");
                }
                target.volume.snapshots.put(
                    snapshotName, new Storage.Snapshot(snapshotName, target.volume, expiresAt));
                daemon.events.lifecycle(
                    target.project,
                    "storage-volume-snapshot-created",
                    VolumeRoutes.url(
                        target.project, pool, type, name + "/snapshots/" + snapshotName),
                    null,
                    caller);
              }
              return null;
            },
            () -> {}));
  }

  private static String nextName(Storage.Volume volume) {
    for (int i = 0; ; i++) {
      if (!volume.snapshots.containsKey("snap" + i)) {
        return "snap" + i;
      }
    }
  }

  private ApiReply update(
      ApiRequest request, String pool, String type, String name, String snapshotName) {
    JsonNode body = request.json();
    synchronized (daemon) {
      Target target = target(request, pool, type, name);
      Storage.Snapshot snapshot = snapshot(target.volume, snapshotName);
      Etags.check(request, snapshot.etag());
      boolean merge = request.method().equals("PATCH");
      if (!merge || body.has("description")) {
        snapshot.description = Json.text(body, "description");
      }
      if (!merge || body.has("expires_at")) {
        snapshot.expiresAt = Times.parse(Json.text(body, "expires_at"));
      }
    }
    return ApiReply.empty();
  }

  private ApiReply rename(
      ApiRequest request, String pool, String type, String name, String snapshotName) {
    String newName = Json.text(request.json(), "name");
    LxdNames.snapshot(newName);
    Target target;
    synchronized (daemon) {
      target = target(request, pool, type, name);
      snapshot(target.volume, snapshotName);
      if (target.volume.snapshots.containsKey(newName)) {
        throw LxdError.conflict("Name \"" + newName + "\" already in use");
      }
    }
    return ApiReply.async(
        daemon.operations.start(
            request.project(),
            "task",
            "Renaming storage volume snapshot",
            Map.of("storage_volume_snapshots", List.of("/1.0/storage_volume_snapshots/" + name)),
            null,
            false,
            op -> {
              synchronized (daemon) {
                Storage.Snapshot snapshot = target.volume.snapshots.remove(snapshotName);
                if (snapshot != null) {
                  snapshot.name = newName;
                  target.volume.snapshots.put(newName, snapshot);
                }
              }
              return null;
            },
            () -> {}));
  }

  private ApiReply delete(
      ApiRequest request, String pool, String type, String name, String snapshotName) {
    Target target;
    synchronized (daemon) {
      target = target(request, pool, type, name);
      snapshot(target.volume, snapshotName);
    }
    ApiRequest.Caller caller = request.caller();
    return ApiReply.async(
        daemon.operations.start(
            request.project(),
            "task",
            "Deleting storage volume snapshot",
            Map.of("storage_volume_snapshots", List.of("/1.0/storage_volume_snapshots/" + name)),
            null,
            false,
            op -> {
              synchronized (daemon) {
                if (target.volume.snapshots.remove(snapshotName) != null) {
                  daemon.events.lifecycle(
                      target.project,
                      "storage-volume-snapshot-deleted",
                      VolumeRoutes.url(
                          target.project, pool, type, name + "/snapshots/" + snapshotName),
                      null,
                      caller);
                }
              }
              return null;
            },
            () -> {}));
  }
}

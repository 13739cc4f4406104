package dev.lxdjava.testkit.fake.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** {@code /1.0/instances/{name}/snapshots}: create, list, read, update, rename, delete. */
final class SnapshotRoutes {
  private final Daemon daemon;
  private final Lookups lookups;
  private final InstanceViews views;

  SnapshotRoutes(Daemon daemon, Lookups lookups, InstanceViews views) {
    this.daemon = daemon;
    this.lookups = lookups;
    this.views = views;
  }

  void register(Router router) {
    String base = "instances/{name}/snapshots";
    router.get(base, (request, params) -> list(request, params.get("name")));
    router.post(base, (request, params) -> create(request, params.get("name")));
    String one = base + "/{snapshot}";
    router.get(one, (request, params) -> get(request, params.get("name"), params.get("snapshot")));
    router.put(
        one, (request, params) -> update(request, params.get("name"), params.get("snapshot")));
    router.patch(
        one, (request, params) -> update(request, params.get("name"), params.get("snapshot")));
    router.post(
        one, (request, params) -> rename(request, params.get("name"), params.get("snapshot")));
    router.delete(
        one, (request, params) -> delete(request, params.get("name"), params.get("snapshot")));
  }

  private static String url(Instance instance, String snapshot) {
    return Lookups.url(
        instance.project, "/1.0/instances/" + instance.name + "/snapshots/" + snapshot);
  }

  private ApiReply list(ApiRequest request, String name) {
    synchronized (daemon) {
      Instance instance = lookups.instance(request, name);
      Project project = lookups.projectOf(instance);
      ArrayNode result = Json.array();
      for (Instance.Snapshot snapshot : instance.snapshots.values()) {
        if (request.recursion() == 0) {
          result.add(url(instance, snapshot.name));
        } else {
          result.add(views.snapshot(project, snapshot));
        }
      }
      return ApiReply.ok(result);
    }
  }

  private Instance.Snapshot snapshot(Instance instance, String snapshot) {
    Instance.Snapshot found = instance.snapshots.get(snapshot);
    if (found == null) {
      throw LxdError.notFound(
          "Failed to fetch snapshot \""
              + snapshot
              + "\" of instance \""
              + instance.name
              + "\" in project \""
              + instance.project
              + "\": InstanceSnapshot not found");
    }
    return found;
  }

  private ApiReply get(ApiRequest request, String name, String snapshotName) {
    synchronized (daemon) {
      Instance instance = lookups.instance(request, name);
      Instance.Snapshot snapshot = snapshot(instance, snapshotName);
      return ApiReply.tagged(
          views.snapshot(lookups.projectOf(instance), snapshot), snapshot.etag());
    }
  }

  private ApiReply create(ApiRequest request, String name) {
    JsonNode body = request.json();
    String requested = Json.text(body, "name");
    LxdNames.snapshot(requested);
    Instant expiresAt = Times.parse(Json.text(body, "expires_at"));
    boolean stateful = Json.bool(body, "stateful");
    Instance instance;
    synchronized (daemon) {
      instance = lookups.instance(request, name);
    }
    ApiRequest.Caller caller = request.caller();
    return ApiReply.async(
        daemon.operations.start(
            instance.project,
            "task",
            "Snapshotting instance",
            Lookups.instanceResources(instance),
            null,
            false,
            op -> {
              take(instance, requested, expiresAt, stateful, caller);
              return null;
            },
            () -> {}));
  }

  private void take(
      Instance instance,
      String requested,
      Instant expiresAt,
      boolean stateful,
      ApiRequest.Caller caller) {
    synchronized (daemon) {
      String snapshotName = requested.isEmpty() ? instance.nextSnapshotName() : requested;
      if (instance.snapshots.containsKey(snapshotName)) {
        throw LxdError.badRequest(
            "Failed creating instance snapshot record \""
                + snapshotName
                + "\": Add snapshot info to the database: This \"instances_snapshots\" entry"
                + " already exists");
      }
      if (stateful && !instance.isRunning()) {
        throw LxdError.badRequest(
            "Unable to create a stateful snapshot. The instance isn't running");
      }
      if (stateful) {
        // NOTE: LXD needs CRIU for this; the fake has no process state to save.
        throw LxdError.badRequest("Unable to create a stateful snapshot. CRIU isn't installed");
      }
      if (instance.statusCode == Instance.RUNNING) {
        // The dir driver freezes a running container while it copies its files.
        daemon.events.lifecycle(instance.project, "instance-paused", instance.url(), null, caller);
        daemon.events.lifecycle(instance.project, "instance-resumed", instance.url(), null, caller);
      }
      instance.snapshots.put(
          snapshotName, new Instance.Snapshot(snapshotName, instance, expiresAt, stateful));
      daemon.events.lifecycle(
          instance.project, "instance-snapshot-created", url(instance, snapshotName), null, null);
    }
  }

  private ApiReply update(ApiRequest request, String name, String snapshotName) {
    JsonNode body = request.json();
    Instance instance;
    synchronized (daemon) {
      instance = lookups.instance(request, name);
      Etags.check(request, snapshot(instance, snapshotName).etag());
    }
    Instant expiresAt = Times.parse(Json.text(body, "expires_at"));
    boolean merge = request.method().equals("PATCH");
    return ApiReply.async(
        daemon.operations.start(
            instance.project,
            "task",
            "Updating snapshot",
            Map.of(
                "containers", List.of("/1.0/containers/" + snapshotName),
                "instances", List.of("/1.0/instances/" + snapshotName)),
            null,
            false,
            op -> {
              synchronized (daemon) {
                Instance.Snapshot snapshot = snapshot(instance, snapshotName);
                if (!merge || body.has("expires_at")) {
                  snapshot.expiresAt = expiresAt;
                }
                daemon.events.lifecycle(
                    instance.project,
                    "instance-snapshot-updated",
                    url(instance, snapshotName),
                    null,
                    null);
              }
              return null;
            },
            () -> {}));
  }

  private ApiReply rename(ApiRequest request, String name, String snapshotName) {
    JsonNode body = request.json();
    if (Json.bool(body, "migration")) {
      throw new LxdError(501, "not implemented");
    }
    String newName = Json.text(body, "name");
    Instance instance;
    synchronized (daemon) {
      instance = lookups.instance(request, name);
      snapshot(instance, snapshotName);
      LxdNames.snapshot(newName);
      if (instance.snapshots.containsKey(newName)) {
        throw LxdError.conflict("Name '" + instance.name + "/" + newName + "' already in use");
      }
    }
    return ApiReply.async(
        daemon.operations.start(
            instance.project,
            "task",
            "Renaming snapshot",
            Lookups.instanceResources(instance),
            null,
            false,
            op -> {
              synchronized (daemon) {
                Instance.Snapshot snapshot = snapshot(instance, snapshotName);
                instance.snapshots.remove(snapshotName);
                snapshot.name = newName;
                instance.snapshots.put(newName, snapshot);
                ObjectNode context =
                    Json.object().put("old_name", instance.name + "/" + snapshotName);
                daemon.events.lifecycle(
                    instance.project,
                    "instance-snapshot-renamed",
                    url(instance, newName),
                    context,
                    null);
              }
              return null;
            },
            () -> {}));
  }

  private ApiReply delete(ApiRequest request, String name, String snapshotName) {
    Instance instance;
    synchronized (daemon) {
      instance = lookups.instance(request, name);
      snapshot(instance, snapshotName);
    }
    String path = instance.name + "/" + snapshotName;
    return ApiReply.async(
        daemon.operations.start(
            instance.project,
            "task",
            "Deleting snapshot",
            Map.of(
                "containers", List.of("/1.0/containers/" + path),
                "instances", List.of("/1.0/instances/" + path)),
            null,
            false,
            op -> {
              synchronized (daemon) {
                if (instance.snapshots.remove(snapshotName) != null) {
                  daemon.events.lifecycle(
                      instance.project,
                      "instance-snapshot-deleted",
                      url(instance, snapshotName),
                      null,
                      null);
                }
              }
              return null;
            },
            () -> {}));
  }
}

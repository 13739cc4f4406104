package dev.lxdjava.testkit.fake.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code /1.0/storage-pools/{pool}/volumes}: custom volumes (synchronous writes, as in LXD) and
 * read-only views of instance volumes. Volume snapshots are in {@link VolumeSnapshotRoutes}.
 */
final class VolumeRoutes {
  private final Daemon daemon;
  private final Lookups lookups;

  VolumeRoutes(Daemon daemon, Lookups lookups) {
    this.daemon = daemon;
    this.lookups = lookups;
  }

  void register(Router router) {
    String pool = "storage-pools/{pool}/volumes";
    router.get(pool, (request, params) -> list(request, params.get("pool"), null));
    router.post(pool, (request, params) -> create(request, params.get("pool"), null));
    router.get(pool + "/{type}", (r, p) -> list(r, p.get("pool"), p.get("type")));
    router.post(pool + "/{type}", (r, p) -> create(r, p.get("pool"), p.get("type")));
    String one = pool + "/{type}/{name}";
    router.get(one, (r, p) -> get(r, p.get("pool"), p.get("type"), p.get("name")));
    router.put(one, (r, p) -> update(r, p.get("pool"), p.get("type"), p.get("name")));
    router.patch(one, (r, p) -> update(r, p.get("pool"), p.get("type"), p.get("name")));
    router.post(one, (r, p) -> rename(r, p.get("pool"), p.get("type"), p.get("name")));
    router.delete(one, (r, p) -> delete(r, p.get("pool"), p.get("type"), p.get("name")));
  }

  /** The project whose custom volumes a request sees. */
  private String volumeProject(ApiRequest request) {
    Project project =
        lookups.project(
            request, "Failed loading project \"" + request.project() + "\": Project not found");
    return daemon.volumes(project);
  }

  static String url(String project, String pool, String type, String name) {
    return Lookups.url(project, "/1.0/storage-pools/" + pool + "/volumes/" + type + "/" + name);
  }

  /** The name LXD 5.0 uses in lifecycle events: prefixed with the project outside default. */
  static String eventSource(String project, String pool, String name) {
    String stored = project.equals("default") ? name : project + "_" + name;
    return url(project, pool, "custom", stored);
  }

  static ObjectNode view(String project, Storage.Volume volume) {
    ObjectNode node = Json.object();
    node.set("config", Json.stringMap(volume.config));
    node.put("description", volume.description);
    node.put("name", volume.name);
    node.put("type", "custom");
    node.putArray("used_by");
    node.put("location", "none");
    node.put("content_type", volume.contentType);
    node.put("project", project);
    node.put("created_at", Times.format(volume.createdAt));
    return node;
  }

  private static ObjectNode instanceView(Instance instance, String type) {
    ObjectNode node = Json.object();
    node.putObject("config");
    node.put("description", "");
    node.put("name", instance.name);
    node.put("type", type);
    node.set("used_by", Json.strings(java.util.List.of(instance.url())));
    node.put("location", "none");
    node.put("content_type", type.equals("container") ? "filesystem" : "block");
    node.put("project", instance.project);
    node.put("created_at", Times.format(instance.createdAt));
    return node;
  }

  static Storage.Volume volume(Storage.Pool pool, String project, String type, String name) {
    Storage.Volume volume = type.equals("custom") ? pool.volumes(project).get(name) : null;
    if (volume == null) {
      throw LxdError.notFound("Storage pool volume not found");
    }
    return volume;
  }

  private ApiReply list(ApiRequest request, String poolName, String type) {
    synchronized (daemon) {
      Storage.Pool pool = lookups.pool(poolName);
      String project = volumeProject(request);
      ArrayNode result = Json.array();
      boolean objects = request.recursion() >= 1;
      if (type == null || !type.equals("custom")) {
        InstanceViews views = new InstanceViews(daemon);
        for (Project owner : daemon.projects.values()) {
          for (Instance instance : owner.instances.values()) {
            String kind = instance.type;
            boolean inPool =
                views.expandedDevices(owner, instance.profiles, instance.devices).values().stream()
                    .anyMatch(d -> "/".equals(d.get("path")) && poolName.equals(d.get("pool")));
            if (!inPool
                || (type != null && !type.equals(kind))
                || !owner.name.equals(request.project())) {
              continue;
            }
            if (objects) {
              result.add(instanceView(instance, kind));
            } else {
              result.add(url(owner.name, poolName, kind, instance.name));
              instance
                  .snapshots
                  .keySet()
                  .forEach(
                      s ->
                          result.add(
                              url(owner.name, poolName, kind, instance.name + "/snapshots/" + s)));
            }
          }
        }
      }
      if (type == null || type.equals("custom")) {
        for (Storage.Volume volume : pool.volumes(project).values()) {
          result.add(
              objects
                  ? view(project, volume)
                  : Json.MAPPER
                      .getNodeFactory()
                      .textNode(url(project, poolName, "custom", volume.name)));
        }
      }
      return ApiReply.ok(result);
    }
  }

  private ApiReply create(ApiRequest request, String poolName, String pathType) {
    JsonNode body = request.json();
    String type = pathType != null ? pathType : Json.text(body, "type");
    type = type.isEmpty() ? "custom" : type;
    if (!type.equals("custom")) {
      throw LxdError.badRequest("Currently not allowed to create storage volumes of type " + type);
    }
    String name = Json.text(body, "name");
    LxdNames.volume(name);
    String contentType = Json.text(body, "content_type");
    contentType = contentType.isEmpty() ? "filesystem" : contentType;
    if (!contentType.equals("filesystem") && !contentType.equals("block")) {
      throw LxdError.badRequest("Invalid content type \"" + contentType + "\"");
    }
    Map<String, String> config = Json.textMap(body, "config");
    synchronized (daemon) {
      Storage.Pool pool = lookups.pool(poolName);
      String project = volumeProject(request);
      if (pool.volumes(project).containsKey(name)) {
        throw LxdError.conflict("Volume by that name already exists");
      }
      ConfigKeys.checkVolume(poolName, name, config);
      pool.volumes(project)
          .put(name, new Storage.Volume(name, Json.text(body, "description"), contentType, config));
      ObjectNode context = Json.object().put("type", "custom");
      daemon.events.lifecycle(
          project,
          "storage-volume-created",
          eventSource(project, poolName, name),
          context,
          request.caller());
    }
    return ApiReply.empty();
  }

  private ApiReply get(ApiRequest request, String poolName, String type, String name) {
    synchronized (daemon) {
      Storage.Pool pool = lookups.pool(poolName);
      if (!type.equals("custom")) {
        Project project = lookups.project(request, "Project not found");
        Instance instance = project.instances.get(name);
        if (instance == null || !instance.type.equals(type)) {
          throw LxdError.notFound("Storage pool volume not found");
        }
        return ApiReply.ok(instanceView(instance, type));
      }
      String project = volumeProject(request);
      Storage.Volume volume = volume(pool, project, type, name);
      return ApiReply.tagged(view(project, volume), volume.etag());
    }
  }

  private ApiReply update(ApiRequest request, String poolName, String type, String name) {
    JsonNode body = request.json();
    synchronized (daemon) {
      Storage.Pool pool = lookups.pool(poolName);
      String project = volumeProject(request);
      Storage.Volume volume = volume(pool, project, type, name);
      Etags.check(request, volume.etag());
      String restore = Json.text(body, "restore");
      if (!restore.isEmpty()) {
        restore(request, project, poolName, volume, restore);
        return ApiReply.empty();
      }
      boolean merge = request.method().equals("PATCH");
      Map<String, String> config = new TreeMap<>(merge ? volume.config : Map.of());
      config.putAll(Json.textMap(body, "config"));
      ConfigKeys.checkVolume(poolName, name, config);
      volume.config = config;
      if (!merge || body.has("description")) {
        volume.description = Json.text(body, "description");
      }
      daemon.events.lifecycle(
          project,
          "storage-volume-updated",
          eventSource(project, poolName, name),
          null,
          request.caller());
    }
    return ApiReply.empty();
  }

  /** Restores a snapshot's configuration; LXD 5.0.2 answers an unknown snapshot with 500. */
  private void restore(
      ApiRequest request, String project, String poolName, Storage.Volume volume, String from) {
    Storage.Snapshot snapshot = volume.snapshots.get(from);
    if (snapshot == null) {
      throw new LxdError(500, "Snapshot not found");
    }
    volume.config = new TreeMap<>(snapshot.config);
    daemon.events.lifecycle(
        project,
        "storage-volume-restored",
        eventSource(project, poolName, volume.name),
        null,
        request.caller());
  }

  private ApiReply rename(ApiRequest request, String poolName, String type, String name) {
    JsonNode body = request.json();
    if (Json.bool(body, "migration") || !Json.text(body, "pool").isEmpty()) {
      // NOTE: moving volumes between pools or hosts is not modelled by the fake.
      throw new LxdError(501, "not implemented");
    }
    String newName = Json.text(body, "name");
    synchronized (daemon) {
      Storage.Pool pool = lookups.pool(poolName);
      String project = volumeProject(request);
      Storage.Volume volume = volume(pool, project, type, name);
      LxdNames.volume(newName);
      if (pool.volumes(project).containsKey(newName)) {
        throw LxdError.conflict("Volume by that name already exists");
      }
      pool.volumes(project).remove(name);
      volume.name = newName;
      pool.volumes(project).put(newName, volume);
      ObjectNode context = Json.object().put("old_name", name);
      daemon.events.lifecycle(
          project,
          "storage-volume-renamed",
          eventSource(project, poolName, newName),
          context,
          request.caller());
      return ApiReply.created(url(project, poolName, "custom", newName));
    }
  }

  private ApiReply delete(ApiRequest request, String poolName, String type, String name) {
    synchronized (daemon) {
      Storage.Pool pool = lookups.pool(poolName);
      String project = volumeProject(request);
      volume(pool, project, type, name);
      for (Project owner : daemon.projects.values()) {
        for (Instance instance : owner.instances.values()) {
          boolean attached =
              instance.devices.values().stream()
                  .anyMatch(d -> name.equals(d.get("source")) && poolName.equals(d.get("pool")));
          if (attached) {
            throw LxdError.badRequest("The storage volume is still in use");
          }
        }
      }
      pool.volumes(project).remove(name);
      daemon.events.lifecycle(
          project,
          "storage-volume-deleted",
          eventSource(project, poolName, name),
          null,
          request.caller());
    }
    return ApiReply.empty();
  }
}

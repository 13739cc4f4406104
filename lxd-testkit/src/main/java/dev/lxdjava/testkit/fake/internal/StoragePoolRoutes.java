package dev.lxdjava.testkit.fake.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * {@code /1.0/storage-pools}: synchronous writes. The fake keeps no data, so every driver LXD knows
 * is accepted. As in LXD 5.0.2, reading a pool sends no ETag.
 */
final class StoragePoolRoutes {
  private static final Set<String> DRIVERS = Set.of("dir", "btrfs", "lvm", "zfs", "ceph", "cephfs");

  private final Daemon daemon;
  private final Lookups lookups;

  StoragePoolRoutes(Daemon daemon, Lookups lookups) {
    this.daemon = daemon;
    this.lookups = lookups;
  }

  void register(Router router) {
    router.get("storage-pools", (request, params) -> list(request));
    router.post("storage-pools", (request, params) -> create(request));
    router.get("storage-pools/{pool}", (request, params) -> get(params.get("pool")));
    router.put("storage-pools/{pool}", (request, params) -> update(request, params.get("pool")));
    router.patch("storage-pools/{pool}", (request, params) -> update(request, params.get("pool")));
    router.delete("storage-pools/{pool}", (request, params) -> delete(request, params.get("pool")));
    router.get(
        "storage-pools/{pool}/resources", (request, params) -> resources(params.get("pool")));
  }

  private ObjectNode view(Storage.Pool pool) {
    ObjectNode node = Json.object();
    node.set("config", Json.stringMap(pool.config));
    node.put("description", pool.description);
    node.put("name", pool.name);
    node.put("driver", pool.driver);
    node.set("used_by", Json.strings(usedBy(pool)));
    node.put("status", "Created");
    node.set("locations", Json.strings(List.of("none")));
    return node;
  }

  /** Instances with their root disk in the pool, their snapshots, volumes and profiles. */
  List<String> usedBy(Storage.Pool pool) {
    List<String> used = new ArrayList<>();
    InstanceViews views = new InstanceViews(daemon);
    for (Project project : daemon.projects.values()) {
      for (Instance instance : project.instances.values()) {
        boolean inPool =
            views.expandedDevices(project, instance.profiles, instance.devices).values().stream()
                .anyMatch(
                    d ->
                        "disk".equals(d.get("type"))
                            && "/".equals(d.get("path"))
                            && pool.name.equals(d.get("pool")));
        if (inPool) {
          used.add(instance.url());
          instance
              .snapshots
              .keySet()
              .forEach(
                  s ->
                      used.add(
                          Lookups.url(
                              project.name,
                              "/1.0/instances/" + instance.name + "/snapshots/" + s)));
        }
      }
      if (project.has("profiles") || project.name.equals("default")) {
        for (Profile profile : project.profiles.values()) {
          boolean refers =
              profile.devices.values().stream().anyMatch(d -> pool.name.equals(d.get("pool")));
          if (refers) {
            used.add(Lookups.url(project.name, "/1.0/profiles/" + profile.name));
          }
        }
      }
    }
    pool.volumes.forEach(
        (project, volumes) ->
            volumes
                .keySet()
                .forEach(
                    v ->
                        used.add(
                            Lookups.url(
                                project,
                                "/1.0/storage-pools/" + pool.name + "/volumes/custom/" + v))));
    return used;
  }

  private ApiReply list(ApiRequest request) {
    synchronized (daemon) {
      ArrayNode result = Json.array();
      for (Storage.Pool pool : daemon.pools.values()) {
        if (request.recursion() == 0) {
          result.add("/1.0/storage-pools/" + pool.name);
        } else {
          result.add(view(pool));
        }
      }
      return ApiReply.ok(result);
    }
  }

  private ApiReply get(String name) {
    synchronized (daemon) {
      return ApiReply.ok(view(lookups.pool(name)));
    }
  }

  private ApiReply create(ApiRequest request) {
    JsonNode body = request.json();
    String name = Json.text(body, "name");
    LxdNames.pool(name);
    String driver = Json.text(body, "driver");
    if (!DRIVERS.contains(driver)) {
      throw LxdError.badRequest("Storage driver \"" + driver + "\" could not be loaded");
    }
    Map<String, String> config = new TreeMap<>(Json.textMap(body, "config"));
    ConfigKeys.checkPool(name, config);
    synchronized (daemon) {
      if (daemon.pools.containsKey(name)) {
        throw LxdError.conflict("Storage pool \"" + name + "\" already exists");
      }
      if (driver.equals("dir")) {
        config.putIfAbsent("source", "/var/lib/lxd/storage-pools/" + name);
      }
      daemon.pools.put(
          name, new Storage.Pool(name, Json.text(body, "description"), driver, config));
      daemon.events.lifecycle(
          "default", "storage-pool-created", "/1.0/storage-pools/" + name, null, request.caller());
    }
    return ApiReply.created("/1.0/storage-pools/" + name);
  }

  private ApiReply update(ApiRequest request, String name) {
    JsonNode body = request.json();
    synchronized (daemon) {
      Storage.Pool pool = lookups.pool(name);
      Etags.check(request, pool.etag());
      boolean merge = request.method().equals("PATCH");
      Map<String, String> config = new TreeMap<>(merge ? pool.config : Map.of());
      config.putAll(Json.textMap(body, "config"));
      if (!merge && pool.config.containsKey("source")) {
        config.putIfAbsent("source", pool.config.get("source"));
      }
      ConfigKeys.checkPool(name, config);
      pool.config = config;
      if (!merge || body.has("description")) {
        pool.description = Json.text(body, "description");
      }
      daemon.events.lifecycle(
          "default", "storage-pool-updated", "/1.0/storage-pools/" + name, null, request.caller());
    }
    return ApiReply.empty();
  }

  private ApiReply delete(ApiRequest request, String name) {
    synchronized (daemon) {
      Storage.Pool pool = lookups.pool(name);
      if (!usedBy(pool).isEmpty()) {
        throw LxdError.badRequest("The storage pool is currently in use");
      }
      daemon.pools.remove(name);
      daemon.events.lifecycle(
          "default", "storage-pool-deleted", "/1.0/storage-pools/" + name, null, request.caller());
    }
    return ApiReply.empty();
  }

  private ApiReply resources(String name) {
    synchronized (daemon) {
      lookups.pool(name);
    }
    ObjectNode node = Json.object();
    ObjectNode space = node.putObject("space");
    space.put("used", 0);
    space.put("total", 270_553_174_016L);
    ObjectNode inodes = node.putObject("inodes");
    inodes.put("used", 0);
    inodes.put("total", 16_777_216);
    return ApiReply.ok(node);
  }
}

package dev.lxdjava.testkit.fake.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code /1.0/projects}. A new project gets {@code features.images}, {@code features.profiles} and
 * {@code features.storage.volumes} unless the request sets them, as LXD 5.0 does, and its own empty
 * default profile when it has {@code features.profiles}. Project writes are synchronous except
 * rename.
 */
final class ProjectRoutes {
  private static final List<String> DEFAULT_FEATURES =
      List.of("features.images", "features.profiles", "features.storage.volumes");

  private final Daemon daemon;

  ProjectRoutes(Daemon daemon) {
    this.daemon = daemon;
  }

  void register(Router router) {
    router.get("projects", (request, params) -> list(request));
    router.post("projects", (request, params) -> create(request));
    router.get("projects/{name}", (request, params) -> get(params.get("name")));
    router.put("projects/{name}", (request, params) -> update(request, params.get("name")));
    router.patch("projects/{name}", (request, params) -> update(request, params.get("name")));
    router.post("projects/{name}", (request, params) -> rename(request, params.get("name")));
    router.delete("projects/{name}", (request, params) -> delete(request, params.get("name")));
    router.get("projects/{name}/state", (request, params) -> state(params.get("name")));
  }

  private Project project(String name) {
    return daemon.project(name).orElseThrow(() -> LxdError.notFound("Project not found"));
  }

  private ApiReply list(ApiRequest request) {
    synchronized (daemon) {
      ArrayNode result = Json.array();
      for (Project project : daemon.projects.values()) {
        result.add(request.recursion() == 0 ? url(project.name) : view(project));
      }
      return ApiReply.ok(result);
    }
  }

  private static com.fasterxml.jackson.databind.node.TextNode url(String name) {
    return Json.MAPPER.getNodeFactory().textNode("/1.0/projects/" + name);
  }

  private ObjectNode view(Project project) {
    ObjectNode node = Json.object();
    node.set("config", Json.stringMap(project.config));
    node.put("description", project.description);
    node.put("name", project.name);
    node.set("used_by", Json.strings(usedBy(project)));
    return node;
  }

  /** What lives in a project, as LXD lists it in {@code used_by}. */
  private List<String> usedBy(Project project) {
    List<String> used = new ArrayList<>();
    project.instances.values().forEach(instance -> used.add(instance.url()));
    if (project.has("profiles")) {
      project
          .profiles
          .keySet()
          .forEach(name -> used.add(Lookups.url(project.name, "/1.0/profiles/" + name)));
    }
    if (project.has("images")) {
      project
          .images
          .keySet()
          .forEach(fp -> used.add(Lookups.url(project.name, "/1.0/images/" + fp)));
    }
    if (project.has("networks")) {
      project.networks.values().stream()
          .filter(network -> network.managed)
          .forEach(network -> used.add(Lookups.url(project.name, "/1.0/networks/" + network.name)));
    }
    if (project.has("storage.volumes")) {
      for (Storage.Pool pool : daemon.pools.values()) {
        for (Storage.Volume volume : pool.volumes(project.name).values()) {
          used.add(
              Lookups.url(
                  project.name,
                  "/1.0/storage-pools/" + pool.name + "/volumes/custom/" + volume.name));
        }
      }
    }
    return used;
  }

  private ApiReply get(String name) {
    synchronized (daemon) {
      Project project = project(name);
      return ApiReply.tagged(view(project), project.etag());
    }
  }

  private ApiReply create(ApiRequest request) {
    JsonNode body = request.json();
    String name = Json.text(body, "name");
    LxdNames.project(name);
    Map<String, String> config = new TreeMap<>(Json.textMap(body, "config"));
    ConfigKeys.checkProject(config);
    DEFAULT_FEATURES.forEach(feature -> config.putIfAbsent(feature, "true"));
    synchronized (daemon) {
      if (daemon.projects.containsKey(name)) {
        throw LxdError.conflict(
            "Failed creating project \""
                + name
                + "\": Failed adding database record: This"
                + " \"projects\" entry already exists");
      }
      Project project = new Project(name, Json.text(body, "description"), config);
      if (project.has("profiles")) {
        project.profiles.put(
            "default",
            new Profile("default", "Default LXD profile for project " + name, Map.of(), Map.of()));
      }
      daemon.projects.put(name, project);
      daemon.events.lifecycle(
          name, "project-created", "/1.0/projects/" + name, null, request.caller());
    }
    return ApiReply.created("/1.0/projects/" + name);
  }

  private boolean isEmpty(Project project) {
    boolean volumes =
        daemon.pools.values().stream().anyMatch(pool -> !pool.volumes(project.name).isEmpty());
    boolean profiles = project.profiles.keySet().stream().anyMatch(name -> !name.equals("default"));
    return project.instances.isEmpty() && project.images.isEmpty() && !volumes && !profiles;
  }

  private ApiReply update(ApiRequest request, String name) {
    JsonNode body = request.json();
    synchronized (daemon) {
      Project project = project(name);
      Etags.check(request, project.etag());
      boolean merge = request.method().equals("PATCH");
      Map<String, String> config = new TreeMap<>(merge ? project.config : Map.of());
      config.putAll(Json.textMap(body, "config"));
      ConfigKeys.checkProject(config);
      for (String feature :
          List.of(
              "features.images",
              "features.profiles",
              "features.storage.volumes",
              "features.networks")) {
        boolean changed =
            !"true".equals(config.get(feature)) != !"true".equals(project.config.get(feature));
        if (changed && (project.name.equals("default") || !isEmpty(project))) {
          throw LxdError.badRequest("Features can only be changed on empty projects");
        }
      }
      project.config = config;
      if (!merge || body.has("description")) {
        project.description = Json.text(body, "description");
      }
      if (project.has("profiles") && !project.profiles.containsKey("default")) {
        project.profiles.put(
            "default",
            new Profile("default", "Default LXD profile for project " + name, Map.of(), Map.of()));
      }
      daemon.events.lifecycle(
          name, "project-updated", "/1.0/projects/" + name, null, request.caller());
    }
    return ApiReply.empty();
  }

  private ApiReply rename(ApiRequest request, String name) {
    String newName = Json.text(request.json(), "name");
    synchronized (daemon) {
      if (name.equals("default")) {
        throw LxdError.forbidden("The 'default' project cannot be renamed");
      }
      Project project = project(name);
      LxdNames.project(newName);
      if (daemon.projects.containsKey(newName)) {
        throw LxdError.conflict("A project named '" + newName + "' already exists");
      }
      if (!isEmpty(project)) {
        throw LxdError.badRequest("Only empty projects can be renamed");
      }
    }
    ApiRequest.Caller caller = request.caller();
    return ApiReply.async(
        daemon.operations.start(
            "default",
            "task",
            "Renaming project",
            null,
            null,
            false,
            op -> {
              synchronized (daemon) {
                Project project = project(name);
                daemon.projects.remove(name);
                project.name = newName;
                daemon.projects.put(newName, project);
                ObjectNode context = Json.object().put("old_name", name);
                daemon.events.lifecycle(
                    newName, "project-renamed", "/1.0/projects/" + newName, context, caller);
              }
              return null;
            },
            () -> {}));
  }

  private ApiReply delete(ApiRequest request, String name) {
    synchronized (daemon) {
      if (name.equals("default")) {
        throw LxdError.forbidden("The 'default' project cannot be deleted");
      }
      Project project = project(name);
      if (!isEmpty(project)) {
        throw LxdError.badRequest("Only empty projects can be removed");
      }
      daemon.projects.remove(name);
      daemon.pools.values().forEach(pool -> pool.volumes.remove(name));
      daemon.events.lifecycle(
          name, "project-deleted", "/1.0/projects/" + name, null, request.caller());
    }
    return ApiReply.empty();
  }

  private ApiReply state(String name) {
    synchronized (daemon) {
      Project project = project(name);
      ObjectNode resources = Json.object();
      long containers =
          project.instances.values().stream().filter(i -> i.type.equals("container")).count();
      long vms = project.instances.size() - containers;
      put(resources, project, "containers", containers);
      put(resources, project, "cpu", 0);
      put(resources, project, "disk", 0);
      put(resources, project, "instances", project.instances.size());
      put(resources, project, "memory", 0);
      put(resources, project, "networks", project.has("networks") ? project.networks.size() : 0);
      put(resources, project, "processes", 0);
      put(resources, project, "virtual-machines", vms);
      ObjectNode state = Json.object();
      state.set("resources", resources);
      return ApiReply.ok(state);
    }
  }

  /** Reports {@code limits.NAME} from the project's configuration when it is a plain count. */
  private static void put(ObjectNode resources, Project project, String name, long usage) {
    ObjectNode entry = resources.putObject(name);
    String limit = project.config.getOrDefault("limits." + name, "");
    entry.put("Limit", limit.matches("[0-9]{1,18}") ? Long.parseLong(limit) : -1);
    entry.put("Usage", usage);
  }
}

package dev.lxdjava.testkit.fake.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** {@code /1.0/profiles}: synchronous create, read, update, rename and delete. */
final class ProfileRoutes {
  private final Daemon daemon;
  private final Lookups lookups;

  ProfileRoutes(Daemon daemon, Lookups lookups) {
    this.daemon = daemon;
    this.lookups = lookups;
  }

  void register(Router router) {
    router.get("profiles", (request, params) -> list(request));
    router.post("profiles", (request, params) -> create(request));
    router.get("profiles/{name}", (request, params) -> get(request, params.get("name")));
    router.put("profiles/{name}", (request, params) -> update(request, params.get("name")));
    router.patch("profiles/{name}", (request, params) -> update(request, params.get("name")));
    router.post("profiles/{name}", (request, params) -> rename(request, params.get("name")));
    router.delete("profiles/{name}", (request, params) -> delete(request, params.get("name")));
  }

  private static String url(Project store, String name) {
    return Lookups.url(store.name, "/1.0/profiles/" + name);
  }

  private ObjectNode view(Project store, Profile profile) {
    ObjectNode node = Json.object();
    node.set("config", Json.stringMap(profile.config));
    node.put("description", profile.description);
    node.set("devices", Json.deviceMap(profile.devices));
    node.put("name", profile.name);
    node.set("used_by", Json.strings(usedBy(store, profile.name)));
    return node;
  }

  private List<String> usedBy(Project store, String profile) {
    List<String> used = new ArrayList<>();
    for (Project project : daemon.projects.values()) {
      if (daemon.profiles(project) != store) {
        continue;
      }
      for (Instance instance : project.instances.values()) {
        if (instance.profiles.contains(profile)) {
          used.add(instance.url());
        }
      }
    }
    return used;
  }

  private static Profile profile(Project store, String name, String message) {
    Profile profile = store.profiles.get(name);
    if (profile == null) {
      throw LxdError.notFound(message);
    }
    return profile;
  }

  private ApiReply list(ApiRequest request) {
    synchronized (daemon) {
      Project store = lookups.profileProject(request);
      ArrayNode result = Json.array();
      for (Profile profile : store.profiles.values()) {
        if (request.recursion() == 0) {
          result.add(url(store, profile.name));
        } else {
          result.add(view(store, profile));
        }
      }
      return ApiReply.ok(result);
    }
  }

  private ApiReply get(ApiRequest request, String name) {
    synchronized (daemon) {
      Project store = lookups.profileProject(request);
      Profile profile = profile(store, name, "Fetch profile: Profile not found");
      return ApiReply.tagged(view(store, profile), profile.etag());
    }
  }

  private ApiReply create(ApiRequest request) {
    JsonNode body = request.json();
    String name = Json.text(body, "name");
    LxdNames.profile(name);
    Map<String, String> config = Json.textMap(body, "config");
    String problem = ConfigKeys.instanceProblem(config);
    if (problem != null) {
      throw LxdError.badRequest(problem);
    }
    synchronized (daemon) {
      Project store = lookups.profileProject(request);
      if (store.profiles.containsKey(name)) {
        throw LxdError.internal(
            "Error inserting \"" + name + "\" into database: The profile already exists");
      }
      store.profiles.put(
          name,
          new Profile(name, Json.text(body, "description"), config, Json.devices(body, "devices")));
      daemon.events.lifecycle(
          store.name, "profile-created", url(store, name), null, request.caller());
      return ApiReply.created(url(store, name));
    }
  }

  private ApiReply update(ApiRequest request, String name) {
    JsonNode body = request.json();
    synchronized (daemon) {
      Project store = lookups.profileProject(request);
      Profile profile = profile(store, name, "Profile not found");
      Etags.check(request, profile.etag());
      boolean merge = request.method().equals("PATCH");
      Map<String, String> config = new TreeMap<>(merge ? profile.config : Map.of());
      config.putAll(Json.textMap(body, "config"));
      String problem = ConfigKeys.instanceProblem(config);
      if (problem != null) {
        throw LxdError.badRequest(problem);
      }
      Map<String, Map<String, String>> devices = new TreeMap<>(merge ? profile.devices : Map.of());
      devices.putAll(Json.devices(body, "devices"));
      profile.config = config;
      profile.devices = devices;
      if (!merge || body.has("description")) {
        profile.description = Json.text(body, "description");
      }
      daemon.events.lifecycle(
          store.name, "profile-updated", url(store, name), null, request.caller());
    }
    return ApiReply.empty();
  }

  private ApiReply rename(ApiRequest request, String name) {
    String newName = Json.text(request.json(), "name");
    synchronized (daemon) {
      Project store = lookups.profileProject(request);
      if (name.equals("default")) {
        throw LxdError.forbidden("The \"default\" profile cannot be renamed");
      }
      Profile profile = profile(store, name, "Profile not found");
      LxdNames.profile(newName);
      if (store.profiles.containsKey(newName)) {
        throw LxdError.conflict("Name \"" + newName + "\" already in use");
      }
      store.profiles.remove(name);
      profile.name = newName;
      store.profiles.put(newName, profile);
      for (Project project : daemon.projects.values()) {
        if (daemon.profiles(project) == store) {
          for (Instance instance : project.instances.values()) {
            instance.profiles.replaceAll(p -> p.equals(name) ? newName : p);
          }
        }
      }
      ObjectNode context = Json.object().put("old_name", name);
      daemon.events.lifecycle(
          store.name, "profile-renamed", url(store, newName), context, request.caller());
      return ApiReply.created(url(store, newName));
    }
  }

  private ApiReply delete(ApiRequest request, String name) {
    synchronized (daemon) {
      Project store = lookups.profileProject(request);
      if (name.equals("default")) {
        throw LxdError.forbidden("The \"default\" profile cannot be deleted");
      }
      profile(store, name, "Profile not found");
      if (!usedBy(store, name).isEmpty()) {
        throw LxdError.badRequest("Profile is currently in use");
      }
      store.profiles.remove(name);
      daemon.events.lifecycle(
          store.name, "profile-deleted", url(store, name), null, request.caller());
    }
    return ApiReply.empty();
  }
}

package dev.lxdjava.testkit.fake.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code PUT} and {@code PATCH} on {@code /1.0/instances/{name}}. PUT replaces the writable fields
 * in an operation (or restores a snapshot when the body names one); PATCH merges synchronously.
 * Both honour {@code If-Match}.
 */
final class InstanceUpdates {
  private final Daemon daemon;
  private final Lookups lookups;

  InstanceUpdates(Daemon daemon, Lookups lookups) {
    this.daemon = daemon;
    this.lookups = lookups;
  }

  ApiReply put(ApiRequest request, String name) {
    JsonNode body = request.json();
    Instance instance;
    synchronized (daemon) {
      instance = lookups.instance(request, name);
      Etags.check(request, instance.etag());
    }
    String restore = Json.text(body, "restore");
    if (!restore.isEmpty()) {
      return ApiReply.async(
          daemon.operations.start(
              instance.project,
              "task",
              "Restoring snapshot",
              Lookups.instanceResources(instance),
              null,
              false,
              op -> {
                restore(instance, restore);
                return null;
              },
              () -> {}));
    }
    return ApiReply.async(
        daemon.operations.start(
            instance.project,
            "task",
            "Updating instance",
            Lookups.instanceResources(instance),
            null,
            false,
            op -> {
              replace(instance, body);
              return null;
            },
            () -> {}));
  }

  private void replace(Instance instance, JsonNode body) {
    synchronized (daemon) {
      Map<String, String> config = new TreeMap<>(Json.textMap(body, "config"));
      for (String key : instance.config.keySet()) {
        if (key.startsWith("volatile.idmap.") && !config.containsKey(key)) {
          throw LxdError.badRequest("Volatile idmap keys can't be deleted by the user");
        }
      }
      String problem = ConfigKeys.instanceProblem(config);
      if (problem != null) {
        throw LxdError.badRequest("Invalid config: " + problem);
      }
      Project project = lookups.projectOf(instance);
      List<String> profiles =
          body.hasNonNull("profiles") ? Json.textList(body, "profiles") : List.of();
      for (String profile : profiles) {
        if (!daemon.profiles(project).profiles.containsKey(profile)) {
          throw LxdError.badRequest("Requested profile \"" + profile + "\" doesn't exist");
        }
      }
      // LXD 5.0 accepts an update that removes the root disk; the next start fails instead.
      Map<String, Map<String, String>> devices = Json.devices(body, "devices");
      // The body replaces the configuration: LXD 5.0.2 deletes every key a PUT leaves out,
      // volatile keys other than the idmap ones included, and stores no empty value.
      config.values().removeIf(String::isEmpty);
      addNicKeys(config, devices);
      instance.config = config;
      instance.devices = new TreeMap<>(devices);
      instance.profiles = new java.util.ArrayList<>(profiles);
      instance.description = Json.text(body, "description");
      instance.ephemeral = Json.bool(body, "ephemeral");
      daemon.events.lifecycle(instance.project, "instance-updated", instance.url(), null, null);
    }
  }

  ApiReply patch(ApiRequest request, String name) {
    JsonNode body = request.json();
    synchronized (daemon) {
      Instance instance = lookups.instance(request, name);
      Etags.check(request, instance.etag());
      Map<String, String> config = new TreeMap<>(instance.config);
      config.putAll(Json.textMap(body, "config"));
      // An empty value removes the key, as in LXD.
      config.values().removeIf(String::isEmpty);
      String problem = ConfigKeys.instanceProblem(config);
      if (problem != null) {
        throw LxdError.internal("Invalid config: " + problem);
      }
      Project project = lookups.projectOf(instance);
      List<String> profiles = instance.profiles;
      if (body.hasNonNull("profiles")) {
        profiles = Json.textList(body, "profiles");
        for (String profile : profiles) {
          if (!daemon.profiles(project).profiles.containsKey(profile)) {
            throw LxdError.notFound("Profile not found");
          }
        }
      }
      Map<String, Map<String, String>> devices = new TreeMap<>(instance.devices);
      devices.putAll(Json.devices(body, "devices"));
      addNicKeys(config, devices);
      instance.config = config;
      instance.devices = devices;
      instance.profiles = new java.util.ArrayList<>(profiles);
      if (body.has("description")) {
        instance.description = Json.text(body, "description");
      }
      if (body.has("ephemeral")) {
        instance.ephemeral = Json.bool(body, "ephemeral");
      }
      daemon.events.lifecycle(instance.project, "instance-updated", instance.url(), null, null);
    }
    return ApiReply.empty();
  }

  private static void addNicKeys(
      Map<String, String> config, Map<String, Map<String, String>> devices) {
    int index = 0;
    for (Map.Entry<String, Map<String, String>> device : new TreeMap<>(devices).entrySet()) {
      if ("nic".equals(device.getValue().get("type"))) {
        String prefix = "volatile." + device.getKey();
        config.putIfAbsent(prefix + ".hwaddr", InstanceDefaults.randomMac());
        config.putIfAbsent(prefix + ".name", device.getValue().getOrDefault("name", "eth" + index));
        index++;
      }
    }
  }

  private void restore(Instance instance, String snapshotName) {
    synchronized (daemon) {
      Instance.Snapshot snapshot = instance.snapshots.get(snapshotName);
      if (snapshot == null) {
        throw LxdError.badRequest(
            "Snapshot " + instance.name + "/" + snapshotName + " does not exist");
      }
      Map<String, String> config = new TreeMap<>(snapshot.config);
      instance.config.forEach(
          (key, value) -> {
            if (key.startsWith("volatile.")) {
              config.put(key, value);
            }
          });
      instance.config = config;
      instance.devices = new TreeMap<>(snapshot.devices);
      instance.profiles = new java.util.ArrayList<>(snapshot.profiles);
      instance.ephemeral = snapshot.ephemeral;
      instance.files = snapshot.files.copy();
      ObjectNode context = Json.object().put("snapshot", instance.name + "/" + snapshotName);
      daemon.events.lifecycle(instance.project, "instance-restored", instance.url(), context, null);
    }
  }
}

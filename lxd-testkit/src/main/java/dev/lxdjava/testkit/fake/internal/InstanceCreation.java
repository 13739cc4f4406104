package dev.lxdjava.testkit.fake.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** {@code POST /1.0/instances}: creates an instance from an image, a copy or nothing. */
final class InstanceCreation {
  private static final List<String> ADJECTIVES =
      List.of("bold", "calm", "brave", "quick", "quiet", "merry", "proud", "witty");
  private static final List<String> ANIMALS =
      List.of("tiger", "otter", "falcon", "badger", "heron", "lynx", "marten", "wombat");
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Daemon daemon;
  private final Lookups lookups;
  private final InstanceViews views;
  private BackupRoutes backups;

  InstanceCreation(Daemon daemon, Lookups lookups, InstanceViews views) {
    this.daemon = daemon;
    this.lookups = lookups;
    this.views = views;
  }

  /** Where backup uploads ({@code application/octet-stream} bodies) go. */
  void backups(BackupRoutes routes) {
    this.backups = routes;
  }

  /** The resolved request, checked before the operation starts. */
  private record Plan(
      Project project,
      String name,
      String type,
      JsonNode body,
      JsonNode source,
      List<String> profiles,
      Image image) {}

  ApiReply create(ApiRequest request) {
    if (request.header("Content-Type").startsWith("application/octet-stream") && backups != null) {
      return backups.importBackup(request);
    }
    JsonNode body = request.json();
    Plan plan = plan(request, body);
    Operation operation =
        daemon.operations.start(
            plan.project.name,
            "task",
            "Creating instance",
            resources(plan.project.name, plan.name),
            null,
            false,
            op -> build(plan),
            () -> {});
    return ApiReply.async(operation);
  }

  private Plan plan(ApiRequest request, JsonNode body) {
    synchronized (daemon) {
      Project project = lookups.project(request, "Failed loading project: Project not found");
      String name = Json.text(body, "name");
      if (name.isEmpty()) {
        name =
            ADJECTIVES.get(RANDOM.nextInt(ADJECTIVES.size()))
                + "-"
                + ANIMALS.get(RANDOM.nextInt(ANIMALS.size()));
      }
      LxdNames.instance(name);
      String type = Json.text(body, "type");
      if (type.isEmpty()) {
        type = "container";
      }
      if (!type.equals("container") && !type.equals("virtual-machine")) {
        throw LxdError.badRequest("Invalid instance type");
      }
      JsonNode source = body.path("source");
      String sourceType = Json.text(source.isObject() ? source : Json.object(), "type");
      if (!List.of("image", "none", "copy").contains(sourceType)) {
        if (sourceType.equals("migration")) {
          throw new LxdError(501, "not implemented");
        }
        throw LxdError.badRequest("Unknown source type " + sourceType);
      }
      List<String> profiles =
          body.hasNonNull("profiles") ? Json.textList(body, "profiles") : List.of("default");
      for (String profile : profiles) {
        if (!daemon.profiles(project).profiles.containsKey(profile)) {
          throw LxdError.internal("Requested profile \"" + profile + "\" doesn't exist");
        }
      }
      Image image = null;
      String alias = Json.text(source, "alias");
      if (sourceType.equals("image") && !alias.isEmpty() && Json.text(source, "server").isEmpty()) {
        Image.Alias found = daemon.images(project).aliases.get(alias);
        if (found == null) {
          throw LxdError.notFound("Image alias not found");
        }
        image = daemon.images(project).images.get(found.target);
      }
      if (sourceType.equals("copy")) {
        copySource(project, Json.text(source, "source"));
      }
      return new Plan(project, name, type, body, source, profiles, image);
    }
  }

  private Object copySource(Project project, String source) {
    String[] parts = source.split("/", 2);
    Instance from = project.instances.get(parts[0]);
    if (from == null) {
      throw LxdError.notFound("Instance not found");
    }
    if (parts.length == 1) {
      return from;
    }
    Instance.Snapshot snapshot = from.snapshots.get(parts[1]);
    if (snapshot == null) {
      throw LxdError.notFound("Instance snapshot not found");
    }
    return snapshot;
  }

  private JsonNode build(Plan plan) {
    synchronized (daemon) {
      Project project = plan.project;
      if (!daemon.projects.containsValue(project)) {
        throw LxdError.notFound("Project not found");
      }
      if (project.instances.containsKey(plan.name)) {
        throw LxdError.badRequest(
            "Failed creating instance record: Add instance info to the database: This \"instances\""
                + " entry already exists");
      }
      String sourceType = Json.text(plan.source, "type");
      Map<String, String> config = new TreeMap<>(Json.textMap(plan.body, "config"));
      Map<String, Map<String, String>> devices = Json.devices(plan.body, "devices");
      String problem = ConfigKeys.instanceProblem(config);
      if (problem != null) {
        throw LxdError.badRequest("Failed creating instance record: " + problem);
      }
      List<String> profiles = new ArrayList<>(plan.profiles);
      FileTree files = new FileTree();
      Image image = plan.image;
      boolean ephemeral = Json.bool(plan.body, "ephemeral");
      String description = Json.text(plan.body, "description");
      if (sourceType.equals("image")) {
        image = image != null ? image : resolveImage(project, plan.source);
        files = image.rootfs.copy();
        image.properties.forEach((key, value) -> config.putIfAbsent("image." + key, value));
        config.put("volatile.base_image", image.fingerprint);
        image.lastUsedAt = java.time.Instant.now();
      } else if (sourceType.equals("copy")) {
        Object from = copySource(project, Json.text(plan.source, "source"));
        files = copyFrom(from, config, devices, profiles, plan.body);
      }
      if (!InstanceDefaults.hasRootDisk(views.expandedDevices(project, profiles, devices))) {
        throw LxdError.badRequest(
            "Failed creating instance record: Failed initialising instance: Failed getting root"
                + " disk: No root device could be found");
      }
      InstanceDefaults.addVolatileKeys(config, devices, sourceType.equals("image"));
      files.put(
          "/etc/hostname",
          new FileTree.Node(
              "file", 0644, 0, 0, (plan.name + "\n").getBytes(StandardCharsets.UTF_8)));
      Instance instance =
          new Instance(
              plan.name,
              project.name,
              plan.type,
              image == null ? "x86_64" : image.architecture,
              description,
              ephemeral,
              profiles,
              config,
              devices,
              files);
      project.instances.put(plan.name, instance);
      ObjectNode context = Json.object();
      context.put(
          "storage-pool",
          InstanceDefaults.rootPool(views.expandedDevices(project, profiles, devices)));
      context.put("type", plan.type);
      daemon.events.lifecycle(project.name, "instance-created", instance.url(), context, null);
      return sourceType.equals("image") ? InstanceDefaults.unpackProgress() : null;
    }
  }

  private Image resolveImage(Project project, JsonNode source) {
    if (!Json.text(source, "server").isEmpty()) {
      // NOTE: the fake reaches no image server; remote image sources always fail.
      throw LxdError.badRequest(
          "Failed getting remote image info: the fake LXD does not reach image servers such as "
              + Json.text(source, "server"));
    }
    String fingerprint = Json.text(source, "fingerprint");
    List<Image> matches = new ArrayList<>();
    for (Image image : daemon.images(project).images.values()) {
      if (!fingerprint.isEmpty() && image.fingerprint.startsWith(fingerprint)) {
        matches.add(image);
      }
    }
    if (matches.size() != 1) {
      throw LxdError.badRequest("Image not provided for instance creation");
    }
    return matches.get(0);
  }

  private static FileTree copyFrom(
      Object from,
      Map<String, String> config,
      Map<String, Map<String, String>> devices,
      List<String> profiles,
      JsonNode body) {
    if (from instanceof Instance instance) {
      copyConfig(instance.config, config);
      instance.devices.forEach(devices::putIfAbsent);
      if (!body.hasNonNull("profiles")) {
        profiles.clear();
        profiles.addAll(instance.profiles);
      }
      return instance.files.copy();
    }
    Instance.Snapshot snapshot = (Instance.Snapshot) from;
    copyConfig(snapshot.config, config);
    snapshot.devices.forEach(devices::putIfAbsent);
    if (!body.hasNonNull("profiles")) {
      profiles.clear();
      profiles.addAll(snapshot.profiles);
    }
    return snapshot.files.copy();
  }

  private static void copyConfig(Map<String, String> from, Map<String, String> into) {
    from.forEach(
        (key, value) -> {
          boolean perInstance =
              key.equals("volatile.uuid")
                  || key.endsWith(".hwaddr")
                  || key.startsWith("volatile.last_state");
          if (!perInstance) {
            into.putIfAbsent(key, value);
          }
        });
  }

  static Map<String, List<String>> resources(String project, String name) {
    String suffix = project.equals("default") ? "" : "?project=" + project;
    return Map.of(
        "containers", List.of("/1.0/containers/" + name + suffix),
        "instances", List.of("/1.0/instances/" + name + suffix));
  }
}

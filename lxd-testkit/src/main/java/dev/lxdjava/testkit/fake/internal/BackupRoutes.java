package dev.lxdjava.testkit.fake.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * {@code /1.0/instances/{name}/backups} and backup import ({@code POST /1.0/instances} with an
 * {@code application/octet-stream} body). Backups are tarballs in the fake's own layout, so only
 * backups exported by a fake can be imported into a fake.
 */
final class BackupRoutes {
  private final Daemon daemon;
  private final Lookups lookups;

  BackupRoutes(Daemon daemon, Lookups lookups) {
    this.daemon = daemon;
    this.lookups = lookups;
  }

  void register(Router router) {
    String base = "instances/{name}/backups";
    router.get(base, (request, params) -> list(request, params.get("name")));
    router.post(base, (request, params) -> create(request, params.get("name")));
    String one = base + "/{backup}";
    router.get(one, (request, params) -> get(request, params.get("name"), params.get("backup")));
    router.post(
        one, (request, params) -> rename(request, params.get("name"), params.get("backup")));
    router.delete(
        one, (request, params) -> delete(request, params.get("name"), params.get("backup")));
    router.get(
        one + "/export",
        (request, params) -> export(request, params.get("name"), params.get("backup")));
  }

  private static String url(Instance instance, String backup) {
    return Lookups.url(instance.project, "/1.0/instances/" + instance.name + "/backups/" + backup);
  }

  private ApiReply list(ApiRequest request, String name) {
    synchronized (daemon) {
      Instance instance = lookups.instance(request, name);
      ArrayNode result = Json.array();
      for (Instance.Backup backup : instance.backups.values()) {
        result.add(
            request.recursion() == 0
                ? Json.MAPPER.getNodeFactory().textNode(url(instance, backup.name()))
                : InstanceViews.backup(instance, backup));
      }
      return ApiReply.ok(result);
    }
  }

  private static Instance.Backup backup(Instance instance, String name) {
    Instance.Backup backup = instance.backups.get(name);
    if (backup == null) {
      throw LxdError.notFound("Load backup from database: Instance backup not found");
    }
    return backup;
  }

  private ApiReply get(ApiRequest request, String name, String backupName) {
    synchronized (daemon) {
      Instance instance = lookups.instance(request, name);
      return ApiReply.ok(InstanceViews.backup(instance, backup(instance, backupName)));
    }
  }

  private ApiReply create(ApiRequest request, String name) {
    JsonNode body = request.json();
    String requested = Json.text(body, "name");
    LxdNames.backup(requested);
    Instant expiresAt = Times.parse(Json.text(body, "expires_at"));
    boolean instanceOnly = Json.bool(body, "instance_only") || Json.bool(body, "container_only");
    boolean optimized = Json.bool(body, "optimized_storage");
    Instance instance;
    String backupName;
    synchronized (daemon) {
      instance = lookups.instance(request, name);
      backupName = requested.isEmpty() ? instance.nextBackupName() : requested;
    }
    Map<String, List<String>> resources =
        Map.of(
            "backups", List.of("/1.0/backups/" + backupName),
            "containers", Lookups.instanceResources(instance).get("containers"),
            "instances", Lookups.instanceResources(instance).get("instances"));
    return ApiReply.async(
        daemon.operations.start(
            instance.project,
            "task",
            "Backing up instance",
            resources,
            null,
            false,
            op -> {
              synchronized (daemon) {
                if (instance.backups.containsKey(backupName)) {
                  throw LxdError.badRequest(
                      "Create backup: Backup \""
                          + instance.name
                          + "/"
                          + backupName
                          + "\" already exists");
                }
                byte[] content = BackupFormat.write(instance, instanceOnly);
                instance.backups.put(
                    backupName,
                    new Instance.Backup(
                        backupName, Instant.now(), expiresAt, instanceOnly, optimized, content));
                daemon.events.lifecycle(
                    instance.project,
                    "instance-backup-created",
                    url(instance, backupName),
                    null,
                    null);
              }
              return null;
            },
            () -> {}));
  }

  private ApiReply rename(ApiRequest request, String name, String backupName) {
    String newName = Json.text(request.json(), "name");
    LxdNames.backup(newName);
    Instance instance;
    synchronized (daemon) {
      instance = lookups.instance(request, name);
      backup(instance, backupName);
    }
    return ApiReply.async(
        daemon.operations.start(
            instance.project,
            "task",
            "Renaming instance backup",
            Lookups.instanceResources(instance),
            null,
            false,
            op -> {
              synchronized (daemon) {
                if (instance.backups.containsKey(newName)) {
                  throw LxdError.conflict("Backup \"" + newName + "\" already exists");
                }
                Instance.Backup backup = instance.backups.remove(backupName);
                instance.backups.put(newName, backup.renamed(newName));
                ObjectNode context = Json.object().put("old_name", backupName);
                daemon.events.lifecycle(
                    instance.project,
                    "instance-backup-renamed",
                    url(instance, newName),
                    context,
                    null);
              }
              return null;
            },
            () -> {}));
  }

  private ApiReply delete(ApiRequest request, String name, String backupName) {
    Instance instance;
    synchronized (daemon) {
      instance = lookups.instance(request, name);
      backup(instance, backupName);
    }
    // LXD 5.0 lists this operation's resource under the singular kind "container".
    return ApiReply.async(
        daemon.operations.start(
            instance.project,
            "task",
            "Removing instance backup",
            Map.of("container", List.of("/1.0/container/" + instance.name)),
            null,
            false,
            op -> {
              synchronized (daemon) {
                if (instance.backups.remove(backupName) != null) {
                  daemon.events.lifecycle(
                      instance.project,
                      "instance-backup-deleted",
                      url(instance, backupName),
                      null,
                      null);
                }
              }
              return null;
            },
            () -> {}));
  }

  private ApiReply export(ApiRequest request, String name, String backupName) {
    synchronized (daemon) {
      Instance instance = lookups.instance(request, name);
      Instance.Backup backup = backup(instance, backupName);
      daemon.events.lifecycle(
          instance.project, "instance-backup-retrieved", url(instance, backupName), null, null);
      return new ApiReply.Raw(
          200,
          "application/octet-stream",
          backup.content(),
          Map.of("Content-Disposition", "inline;filename=", "Accept-Ranges", "bytes"));
    }
  }

  /** Creates an instance from an uploaded backup tarball. */
  ApiReply importBackup(ApiRequest request) {
    Project project;
    synchronized (daemon) {
      project = lookups.project(request, "Failed loading project: Project not found");
    }
    BackupFormat.Restored restored = BackupFormat.read(request.body());
    String name =
        request.header("X-LXD-name").isEmpty() ? restored.name() : request.header("X-LXD-name");
    LxdNames.instance(name);
    return ApiReply.async(
        daemon.operations.start(
            project.name,
            "task",
            "Restoring backup",
            InstanceCreation.resources(project.name, name),
            null,
            false,
            op -> {
              synchronized (daemon) {
                if (project.instances.containsKey(name)) {
                  throw LxdError.conflict("Instance \"" + name + "\" already exists");
                }
                Instance instance = restored.toInstance(name, project.name);
                project.instances.put(name, instance);
                ObjectNode context = Json.object().put("type", instance.type);
                daemon.events.lifecycle(
                    project.name, "instance-created", instance.url(), context, null);
              }
              return null;
            },
            () -> {}));
  }
}

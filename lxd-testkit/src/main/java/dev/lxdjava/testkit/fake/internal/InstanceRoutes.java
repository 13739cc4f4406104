package dev.lxdjava.testkit.fake.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** {@code /1.0/instances} and {@code /1.0/instances/{name}}: list, read, rename, delete. */
final class InstanceRoutes {
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Daemon daemon;
  private final Lookups lookups;
  private final InstanceViews views;
  private final InstanceCreation creation;
  private final InstanceUpdates updates;

  InstanceRoutes(Daemon daemon, Lookups lookups, InstanceViews views) {
    this.daemon = daemon;
    this.lookups = lookups;
    this.views = views;
    this.creation = new InstanceCreation(daemon, lookups, views);
    this.updates = new InstanceUpdates(daemon, lookups);
  }

  /** Where backup uploads to {@code POST /1.0/instances} go. */
  void backups(BackupRoutes routes) {
    creation.backups(routes);
  }

  void register(Router router) {
    router.get("instances", (request, params) -> list(request));
    router.post("instances", (request, params) -> creation.create(request));
    router.get("instances/{name}", (request, params) -> get(request, params.get("name")));
    router.put("instances/{name}", (request, params) -> updates.put(request, params.get("name")));
    router.patch(
        "instances/{name}", (request, params) -> updates.patch(request, params.get("name")));
    router.post("instances/{name}", (request, params) -> rename(request, params.get("name")));
    router.delete("instances/{name}", (request, params) -> delete(request, params.get("name")));
  }

  private ApiReply list(ApiRequest request) {
    ListFilter filter = ListFilter.parse(request.param("filter"));
    String type = request.param("instance-type");
    boolean allProjects = "true".equals(request.param("all-projects"));
    int recursion = request.recursion();
    ArrayNode result = Json.array();
    synchronized (daemon) {
      List<Project> projects = new ArrayList<>();
      if (allProjects) {
        projects.addAll(daemon.projects.values());
      } else {
        daemon.project(request.project()).ifPresent(projects::add);
      }
      for (Project project : projects) {
        for (Instance instance : project.instances.values()) {
          if (!type.isEmpty() && !type.equals(instance.type)) {
            continue;
          }
          ObjectNode full = views.full(project, instance);
          if (!filter.matches(full)) {
            continue;
          }
          if (recursion == 0) {
            result.add(instance.url());
          } else if (recursion == 1) {
            result.add(views.instance(project, instance));
          } else {
            result.add(full);
          }
        }
      }
    }
    return ApiReply.ok(result);
  }

  private ApiReply get(ApiRequest request, String name) {
    synchronized (daemon) {
      Instance instance = lookups.instance(request, name);
      Project project = lookups.projectOf(instance);
      ObjectNode node =
          request.recursion() >= 1
              ? views.full(project, instance)
              : views.instance(project, instance);
      return ApiReply.tagged(node, instance.etag());
    }
  }

  private ApiReply rename(ApiRequest request, String name) {
    JsonNode body = request.json();
    boolean moves = !Json.text(body, "project").isEmpty() || !Json.text(body, "pool").isEmpty();
    if (Json.bool(body, "migration") && !moves && !body.hasNonNull("target")) {
      return migrationSource(request, name);
    }
    if (Json.bool(body, "migration") || moves) {
      // NOTE: migration to a target and moves between projects or pools are not modelled.
      throw new LxdError(501, "not implemented");
    }
    String newName = Json.text(body, "name");
    Instance instance;
    synchronized (daemon) {
      instance = lookups.instance(request, name);
      LxdNames.instance(newName);
      Project project = lookups.projectOf(instance);
      if (project.instances.containsKey(newName)) {
        throw LxdError.conflict("Name \"" + newName + "\" already in use");
      }
    }
    Operation operation =
        daemon.operations.start(
            instance.project,
            "task",
            "Renaming instance",
            Lookups.instanceResources(instance),
            null,
            false,
            op -> {
              doRename(instance, newName);
              return null;
            },
            () -> {});
    return ApiReply.async(operation);
  }

  /**
   * Starts the source side of a migration, as {@code POST} with {@code migration: true} does: a
   * cancellable {@code websocket} operation with the secrets of its {@code control} and {@code fs}
   * streams. NOTE: no migration target can connect to the fake, so the operation stays running
   * until it is cancelled.
   */
  private ApiReply migrationSource(ApiRequest request, String name) {
    Instance instance;
    synchronized (daemon) {
      instance = lookups.instance(request, name);
    }
    ObjectNode secrets = Json.object();
    for (String stream : List.of("control", "fs")) {
      byte[] bytes = new byte[32];
      RANDOM.nextBytes(bytes);
      secrets.put(stream, HexFormat.of().formatHex(bytes));
    }
    Operation operation =
        daemon.operations.open(
            instance.project,
            "websocket",
            "Migrating instance",
            Lookups.instanceResources(instance),
            secrets,
            true);
    return ApiReply.async(operation);
  }

  private void doRename(Instance instance, String newName) {
    synchronized (daemon) {
      if (instance.isRunning()) {
        throw LxdError.badRequest("Renaming of running container not allowed");
      }
      Project project = lookups.projectOf(instance);
      if (project.instances.containsKey(newName)) {
        throw LxdError.conflict("Name \"" + newName + "\" already in use");
      }
      String oldName = instance.name;
      project.instances.remove(oldName);
      instance.name = newName;
      project.instances.put(newName, instance);
      ObjectNode context = Json.object().put("old_name", oldName);
      daemon.events.lifecycle(project.name, "instance-renamed", instance.url(), context, null);
    }
  }

  private ApiReply delete(ApiRequest request, String name) {
    Instance instance;
    synchronized (daemon) {
      instance = lookups.instance(request, name);
      if (instance.isRunning()) {
        throw LxdError.badRequest("Instance is running");
      }
    }
    Operation operation =
        daemon.operations.start(
            instance.project,
            "task",
            "Deleting instance",
            Lookups.instanceResources(instance),
            null,
            false,
            op -> {
              remove(instance);
              return null;
            },
            () -> {});
    return ApiReply.async(operation);
  }

  /** Removes an instance with its snapshots and backups and publishes {@code instance-deleted}. */
  void remove(Instance instance) {
    synchronized (daemon) {
      if (instance.busyWith != null && !instance.busyWith.equals("delete")) {
        throw LxdError.badRequest(
            "Instance is busy running a \"" + instance.busyWith + "\" operation");
      }
      if (instance.isRunning()) {
        throw LxdError.badRequest("Instance is running");
      }
      Project project = lookups.projectOf(instance);
      if (project.instances.remove(instance.name, instance)) {
        daemon.events.lifecycle(project.name, "instance-deleted", instance.url(), null, null);
      }
    }
  }
}

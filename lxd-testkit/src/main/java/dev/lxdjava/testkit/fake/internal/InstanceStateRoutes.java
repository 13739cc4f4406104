package dev.lxdjava.testkit.fake.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code /1.0/instances/{name}/state}: the runtime state and LXD's state machine. An invalid
 * transition (starting a running instance, freezing a stopped one) is accepted as an operation that
 * then fails with LXD's message, as LXD 5.0 does.
 */
final class InstanceStateRoutes {
  private final Daemon daemon;
  private final Lookups lookups;
  private final InstanceViews views;
  private final ExecSessions sessions;

  InstanceStateRoutes(Daemon daemon, Lookups lookups, InstanceViews views, ExecSessions sessions) {
    this.daemon = daemon;
    this.lookups = lookups;
    this.views = views;
    this.sessions = sessions;
  }

  void register(Router router) {
    router.get("instances/{name}/state", (request, params) -> state(request, params.get("name")));
    router.put("instances/{name}/state", (request, params) -> change(request, params.get("name")));
  }

  private ApiReply state(ApiRequest request, String name) {
    synchronized (daemon) {
      return ApiReply.ok(views.state(lookups.instance(request, name)));
    }
  }

  private ApiReply change(ApiRequest request, String name) {
    JsonNode body = request.json();
    Instance instance;
    String action = Json.text(body, "action");
    synchronized (daemon) {
      instance = lookups.instance(request, name);
    }
    String description =
        switch (action) {
          case "start" -> "Starting instance";
          case "stop" -> "Stopping instance";
          case "restart" -> "Restarting instance";
          case "freeze" -> "Freezing instance";
          case "unfreeze" -> "Unfreezing instance";
          default -> throw LxdError.badRequest("Unknown action: '" + action + "'");
        };
    boolean force = Json.bool(body, "force");
    long timeout = Json.number(body, "timeout", -1);
    ApiRequest.Caller caller = request.caller();
    Operation operation =
        daemon.operations.start(
            instance.project,
            "task",
            description,
            Lookups.instanceOnly(instance),
            null,
            false,
            op -> apply(instance, action, force, timeout, caller),
            () -> {});
    return ApiReply.async(operation);
  }

  private JsonNode apply(
      Instance instance, String action, boolean force, long timeout, ApiRequest.Caller caller) {
    synchronized (daemon) {
      if (instance.busyWith != null) {
        throw LxdError.badRequest(
            "Create "
                + action
                + " operation: Instance is busy running a \""
                + instance.busyWith
                + "\" operation");
      }
      if (!lookups.projectOf(instance).instances.containsValue(instance)) {
        throw LxdError.notFound("Instance not found");
      }
      String url = instance.url();
      switch (action) {
        case "start" -> {
          if (instance.isRunning()) {
            throw LxdError.badRequest("The instance is already running");
          }
          Project project = lookups.projectOf(instance);
          if (!InstanceDefaults.hasRootDisk(
              views.expandedDevices(project, instance.profiles, instance.devices))) {
            throw LxdError.badRequest("No root device could be found");
          }
          instance.start();
          daemon.events.lifecycle(instance.project, "instance-started", url, null, caller);
          ObjectNode metadata = Json.object();
          metadata.put("container_progress", "");
          return metadata;
        }
        case "stop" -> {
          if (!instance.isRunning()) {
            throw LxdError.badRequest("The instance is already stopped");
          }
          stop(instance);
          boolean clean = !force && timeout != 0;
          daemon.events.lifecycle(
              instance.project,
              clean ? "instance-shutdown" : "instance-stopped",
              url,
              null,
              caller);
          deleteIfEphemeral(instance);
        }
        case "restart" -> {
          if (!instance.isRunning()) {
            throw LxdError.badRequest("The instance is already stopped");
          }
          stop(instance);
          instance.start();
          daemon.events.lifecycle(instance.project, "instance-restarted", url, null, caller);
        }
        case "freeze" -> {
          if (!instance.isRunning()) {
            throw LxdError.badRequest("The container isn't running");
          }
          if (instance.statusCode == Instance.FROZEN) {
            throw LxdError.badRequest("The container is already frozen");
          }
          instance.statusCode = Instance.FROZEN;
          daemon.events.lifecycle(instance.project, "instance-paused", url, null, caller);
        }
        default -> {
          if (!instance.isRunning()) {
            throw LxdError.badRequest("The container isn't running");
          }
          if (instance.statusCode != Instance.FROZEN) {
            throw LxdError.badRequest("The container is already running");
          }
          instance.statusCode = Instance.RUNNING;
          daemon.events.lifecycle(instance.project, "instance-resumed", url, null, caller);
        }
      }
      return null;
    }
  }

  /** Stops an instance: its exec and console sessions end as killed. */
  private void stop(Instance instance) {
    sessions.killAll(instance);
    instance.stop();
  }

  private void deleteIfEphemeral(Instance instance) {
    if (instance.ephemeral) {
      Project project = lookups.projectOf(instance);
      if (project.instances.remove(instance.name, instance)) {
        daemon.events.lifecycle(project.name, "instance-deleted", instance.url(), null, null);
      }
    }
  }
}

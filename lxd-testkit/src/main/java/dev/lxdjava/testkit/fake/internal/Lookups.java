package dev.lxdjava.testkit.fake.internal;

import java.util.List;
import java.util.Map;

/** Finds the objects a request names, with the errors LXD gives when they are missing. */
final class Lookups {
  private final Daemon daemon;

  Lookups(Daemon daemon) {
    this.daemon = daemon;
  }

  /** The request's project; a missing one is reported with {@code message}. */
  Project project(ApiRequest request, String message) {
    return daemon.project(request.project()).orElseThrow(() -> LxdError.notFound(message));
  }

  /** The request's project for instance routes, where LXD reports a missing instance. */
  Instance instance(ApiRequest request, String name) {
    Project project = daemon.project(request.project()).orElse(null);
    Instance instance = project == null ? null : project.instances.get(name);
    if (instance == null) {
      throw LxdError.notFound("Instance not found");
    }
    return instance;
  }

  Project projectOf(Instance instance) {
    return daemon.projects.get(instance.project);
  }

  /** The project and profile store of a request, as profile routes report them. */
  Project profileProject(ApiRequest request) {
    Project project =
        project(request, "Failed loading project \"" + request.project() + "\": Project not found");
    return daemon.profiles(project);
  }

  Storage.Pool pool(String name) {
    Storage.Pool pool = daemon.pools.get(name);
    if (pool == null) {
      throw LxdError.notFound("Storage pool not found");
    }
    return pool;
  }

  /** The URL of an object, with {@code ?project=} when it lives outside {@code default}. */
  static String url(String project, String path) {
    return Instance.url(project, path);
  }

  /** Resources of an instance operation, as LXD lists them. */
  static Map<String, List<String>> instanceResources(Instance instance) {
    String suffix = instance.project.equals("default") ? "" : "?project=" + instance.project;
    return Map.of(
        "containers", List.of("/1.0/containers/" + instance.name + suffix),
        "instances", List.of("/1.0/instances/" + instance.name + suffix));
  }

  static Map<String, List<String>> instanceOnly(Instance instance) {
    return Map.of("instances", List.of(instance.url()));
  }
}

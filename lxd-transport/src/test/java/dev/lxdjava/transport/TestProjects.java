package dev.lxdjava.transport;

import dev.lxdjava.core.Lxd;
import dev.lxdjava.core.LxdNotFoundException;
import dev.lxdjava.testkit.TestNames;
import dev.lxdjava.transport.internal.Connection;
import dev.lxdjava.transport.internal.LxdPath;
import dev.lxdjava.transport.internal.RestClient;
import dev.lxdjava.transport.internal.UnixSocketConnection;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * A throwaway LXD project that shares the default project's images and profiles, so the busybox
 * image and the default profile's root disk work in it.
 *
 * <p>NOTE: it talks to {@code /1.0/projects} directly because the SDK has no projects port on this
 * branch yet; move these tests to the contract suite once it has one.
 */
final class TestProjects implements AutoCloseable {
  private final Connection connection;
  private final RestClient rest;
  private final String name;

  private TestProjects(Connection connection, String name) {
    this.connection = connection;
    this.rest = new RestClient(connection, JsonSupport.mapper(), Duration.ofMinutes(2));
    this.name = name;
  }

  /** Creates a project with a unique name on the daemon behind {@code socket}. */
  static TestProjects create(Path socket) {
    TestProjects project =
        new TestProjects(
            UnixSocketConnection.open(socket, Duration.ofSeconds(10)), TestNames.unique());
    project.rest.send(
        "POST",
        LxdPath.of("projects"),
        Map.of(
            "name",
            project.name,
            "config",
            Map.of("features.images", "false", "features.profiles", "false")));
    return project;
  }

  /** Creates a project on the local daemon. */
  static TestProjects create() {
    return create(SocketPaths.detect(System.getenv()).orElseThrow());
  }

  String name() {
    return name;
  }

  /** A view of {@code lxd} in this project. */
  Lxd in(Lxd lxd) {
    return lxd.project(name);
  }

  /** Deletes the project; its instances must be gone. */
  @Override
  public void close() {
    try {
      rest.send("DELETE", LxdPath.of("projects", name), null);
    } catch (LxdNotFoundException alreadyGone) {
      // Nothing to delete.
    } finally {
      connection.close();
    }
  }
}

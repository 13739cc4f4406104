package dev.lxdjava.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lxdjava.transport.internal.LxdPath;
import dev.lxdjava.transport.internal.RestClient;
import dev.lxdjava.transport.internal.UnixSocketConnection;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * Creates and deletes LXD projects for tests, sharing the default project's images and profiles.
 *
 * <p>NOTE: this uses the transport's internal REST client because {@code lxd-core} has no projects
 * port on this branch; switch to that port once it exists.
 */
final class TestProjects {
  private static final Path SOCKET = Path.of("/var/lib/lxd/unix.socket");
  private static final Duration TIMEOUT = Duration.ofSeconds(60);

  private TestProjects() {}

  static void create(String name) {
    Map<String, Object> body =
        Map.of(
            "name",
            name,
            "config",
            Map.of("features.images", "false", "features.profiles", "false"));
    send("POST", LxdPath.of("projects"), body);
  }

  static void delete(String name) {
    send("DELETE", LxdPath.of("projects", name), null);
  }

  private static void send(String method, LxdPath path, Object body) {
    try (UnixSocketConnection connection = UnixSocketConnection.open(SOCKET, TIMEOUT)) {
      new RestClient(connection, new ObjectMapper(), TIMEOUT).send(method, path, body);
    }
  }
}

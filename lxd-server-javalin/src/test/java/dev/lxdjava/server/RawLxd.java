package dev.lxdjava.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lxdjava.transport.SocketPaths;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.client.ContentResponse;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.StringRequestContent;
import org.eclipse.jetty.io.Transport;

/**
 * Plain requests to LXD's REST API over its unix socket, for test set-up the SDK does not offer
 * (yet), such as starting an exec without WebSockets or creating a project.
 */
final class RawLxd implements AutoCloseable {
  private final HttpClient client = new HttpClient();
  private final Transport transport;
  private final ObjectMapper json = new ObjectMapper();

  RawLxd() throws Exception {
    Path socket =
        SocketPaths.detect(System.getenv())
            .orElseThrow(() -> new IllegalStateException("no LXD socket found"));
    transport = new Transport.TCPUnix(socket);
    client.start();
  }

  /** Sends a request and returns LXD's JSON envelope. */
  JsonNode send(String method, String path, Object body) throws Exception {
    var request =
        client
            .newRequest("http://lxd" + path)
            .transport(transport)
            .method(method)
            .timeout(60, TimeUnit.SECONDS);
    if (body != null) {
      request.body(new StringRequestContent("application/json", json.writeValueAsString(body)));
    }
    ContentResponse response = request.send();
    return json.readTree(response.getContentAsString());
  }

  /**
   * Creates a project that shares the default project's images and profiles, so the busybox image
   * and the default profile's root disk work in it.
   */
  void createProject(String name) throws Exception {
    JsonNode reply =
        send(
            "POST",
            "/1.0/projects",
            java.util.Map.of(
                "name",
                name,
                "config",
                java.util.Map.of("features.images", "false", "features.profiles", "false")));
    if (!reply.path("type").asText().equals("sync")) {
      throw new IllegalStateException("project " + name + " was not created: " + reply);
    }
  }

  /** Deletes a project, which LXD refuses while it has instances. */
  void deleteProject(String name) throws Exception {
    JsonNode reply = send("DELETE", "/1.0/projects/" + name, null);
    if (!reply.path("type").asText().equals("sync")) {
      throw new IllegalStateException("project " + name + " was not deleted: " + reply);
    }
  }

  /** Starts {@code command} in an instance without WebSockets and returns the operation id. */
  String startExec(String instance, String project, String... command) throws Exception {
    JsonNode reply =
        send(
            "POST",
            "/1.0/instances/" + instance + "/exec?project=" + project,
            java.util.Map.of(
                "command", java.util.List.of(command),
                "wait-for-websocket", false,
                "interactive", false));
    if (!reply.path("type").asText().equals("async")) {
      throw new IllegalStateException("exec did not start: " + reply);
    }
    return reply.at("/metadata/id").asText();
  }

  @Override
  public void close() throws Exception {
    client.stop();
  }
}

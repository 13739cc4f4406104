package dev.lxdjava.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lxdjava.auth.Role;
import dev.lxdjava.core.Lxd;
import dev.lxdjava.core.instance.InstanceCreate;
import dev.lxdjava.core.instance.InstanceSource;
import dev.lxdjava.testkit.LocalLxd;
import dev.lxdjava.testkit.TestNames;
import java.net.http.HttpRequest;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Replies of a gateway on real LXD match the schemas of its own OpenAPI document: success bodies,
 * operation references and problem documents.
 */
@LocalLxd
class OpenApiSamplesIT {
  private static GatewayHarness gateway;
  private static ApiSchemaAssert api;
  private static String admin;
  private static String viewer;

  private final Lxd lxd;
  private final String name = TestNames.unique();

  OpenApiSamplesIT(Lxd lxd) {
    this.lxd = lxd;
  }

  @BeforeAll
  static void startGateway() throws Exception {
    gateway = GatewayHarness.start();
    api = new ApiSchemaAssert(gateway.send("GET", "/openapi.json", null, null).json());
    admin = gateway.login(GatewayHarness.ADMIN, GatewayHarness.ADMIN_PASSWORD);
    viewer = gateway.tokenFor("viewer1", Role.VIEWER);
  }

  @AfterAll
  static void stopGateway() throws Exception {
    gateway.close();
  }

  @AfterEach
  void deleteInstance() {
    if (lxd.instances().find(name).isPresent()) {
      if (lxd.instances().get(name).isRunning()) {
        lxd.instances().stop(name, true).await();
      }
      lxd.instances().delete(name).await();
    }
  }

  private GatewayHarness.Reply check(String method, String path, String token, Object body)
      throws Exception {
    var reply = gateway.send(method, path, token, body);
    String documented = path.split("\\?")[0].replace("/" + name, "/{name}");
    api.matches(method, documented, reply);
    return reply;
  }

  @Test
  void systemRepliesMatchSchemas() throws Exception {
    check("GET", "/health", null, null);
    check("GET", "/api/v1/system/health", null, null);
    check("GET", "/api/v1/system/info", viewer, null);
    check("GET", "/api/v1/system/resources", viewer, null);
    check("GET", "/api/v1/auth/me", viewer, null);
    check("GET", "/openapi.json", null, null);
    check("GET", "/docs", null, null);
  }

  @Test
  void instanceLifecycleRepliesMatchSchemas() throws Exception {
    var body =
        Map.of("name", name, "source", Map.of("type", "image", "alias", TestNames.IMAGE_ALIAS));

    var created = check("POST", "/api/v1/instances", admin, body);
    String operation = created.json().get("operation_id").asText();
    api.matches(
        "GET",
        "/api/v1/operations/{id}",
        gateway.send("GET", "/api/v1/operations/" + operation, viewer, null));
    api.matches(
        "GET",
        "/api/v1/operations/{id}/wait",
        gateway.send("GET", "/api/v1/operations/" + operation + "/wait?timeout=60", viewer, null));
    check("GET", "/api/v1/instances", viewer, null);
    check("GET", "/api/v1/instances?expand=false", viewer, null);
    check(
        "GET",
        "/api/v1/instances?instance-type=container&filter=status%20eq%20Stopped",
        viewer,
        null);
    check("GET", "/api/v1/instances/" + name, viewer, null);
    check(
        "PUT", "/api/v1/instances/" + name + "/state?wait=true", admin, Map.of("action", "start"));
    check("GET", "/api/v1/instances/" + name + "/state", viewer, null);
    check("GET", "/api/v1/operations", viewer, null);
    check("GET", "/api/v1/operations?project=default", viewer, null);
    check(
        "PUT",
        "/api/v1/instances/" + name + "/state?wait=true",
        admin,
        Map.of("action", "stop", "force", true));
    check("DELETE", "/api/v1/instances/" + name + "?wait=true", admin, null);

    assertThat(lxd.instances().find(name)).isEmpty();
  }

  @Test
  void computeRepliesMatchSchemas() throws Exception {
    lxd.instances()
        .create(
            InstanceCreate.builder(name)
                .source(InstanceSource.imageAlias(TestNames.IMAGE_ALIAS))
                .build())
        .await();
    String base = "/api/v1/instances/" + name;

    check("PATCH", base, admin, Map.of("config", Map.of("user.a", "1")));
    check("POST", base + "/snapshots?wait=true", admin, Map.of("name", "snap0"));
    check("POST", base + "/snapshots", admin, Map.of("name", "snap1"));
    check("GET", base + "/snapshots", viewer, null);
    api.matches(
        "GET",
        "/api/v1/instances/{name}/snapshots/{snapshot}",
        gateway.send("GET", base + "/snapshots/snap0", viewer, null));
    check("POST", base + "/backups?wait=true", admin, Map.of("name", "b0"));
    check("GET", base + "/backups", viewer, null);
    api.matches(
        "GET",
        "/api/v1/instances/{name}/backups/{backup}",
        gateway.send("GET", base + "/backups/b0", viewer, null));
    check("GET", base + "/logs", viewer, null);
    check("GET", base + "/files?path=%2Fetc", admin, null);
    api.matches(
        "GET",
        "/api/v1/instances/{name}/snapshots/{snapshot}",
        gateway.send("GET", base + "/snapshots/%2e%2e", viewer, null));
  }

  @Test
  void errorRepliesMatchSchemas() throws Exception {
    check("GET", "/api/v1/instances/" + name, viewer, null);
    check("GET", "/api/v1/instances?limit=5000", viewer, null);
    check("GET", "/api/v1/instances", null, null);
    check("POST", "/api/v1/instances", viewer, Map.of("name", name));
    check("POST", "/api/v1/instances", admin, Map.of("name", name, "unknown", 1));
    check("POST", "/api/v1/auth/login", null, Map.of("username", "admin", "password", "wrong-one"));
    api.matches(
        "GET",
        "/api/v1/operations/{id}",
        gateway.send("GET", "/api/v1/operations/no-such-operation", viewer, null));
    var unsupported =
        gateway.send(
            HttpRequest.newBuilder(gateway.uri("/api/v1/instances"))
                .header("Authorization", "Bearer " + admin)
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("x"))
                .build());
    api.matches("POST", "/api/v1/instances", unsupported);
    api.isProblem(gateway.send("GET", "/api/v1/nowhere", viewer, null));
    api.isProblem(gateway.send("DELETE", "/health", null, null));
  }
}

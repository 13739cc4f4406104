package dev.lxdjava.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lxdjava.auth.Role;
import dev.lxdjava.core.Lxd;
import dev.lxdjava.testkit.LocalLxd;
import dev.lxdjava.testkit.TestNames;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The gateway over real LXD: the instance life cycle through HTTP, and bad input on that path. */
@LocalLxd
class GatewayInstancesIT {
  private static GatewayHarness gateway;
  private static String adminToken;
  private static String viewerToken;

  private final Lxd lxd;
  private final String name = TestNames.unique();

  GatewayInstancesIT(Lxd lxd) {
    this.lxd = lxd;
  }

  @BeforeAll
  static void startGateway() throws Exception {
    gateway = GatewayHarness.start();
    adminToken = gateway.login(GatewayHarness.ADMIN, GatewayHarness.ADMIN_PASSWORD);
    viewerToken = gateway.tokenFor("viewer1", Role.VIEWER);
  }

  @AfterAll
  static void stopGateway() throws Exception {
    gateway.close();
  }

  @AfterEach
  void deleteInstance() {
    var instance = lxd.instances().find(name);
    if (instance.isPresent()) {
      if (instance.get().isRunning()) {
        lxd.instances().stop(name, true).await();
      }
      lxd.instances().delete(name).await();
    }
  }

  private Map<String, Object> createBody() {
    return Map.of("name", name, "source", Map.of("type", "image", "alias", TestNames.IMAGE_ALIAS));
  }

  @Test
  void adminRunsInstanceLifecycle() throws Exception {
    var created = gateway.send("POST", "/api/v1/instances", adminToken, createBody());
    assertThat(created.status()).as(created.toString()).isEqualTo(202);
    String waitUrl = created.json().get("wait_url").asText();
    var createdDone = gateway.send("GET", waitUrl + "?timeout=60", adminToken, null);
    assertThat(createdDone.json().get("status").asText()).isEqualTo("Success");

    var started =
        gateway.send(
            "PUT",
            "/api/v1/instances/" + name + "/state?wait=true",
            adminToken,
            Map.of("action", "start"));
    var state = gateway.send("GET", "/api/v1/instances/" + name + "/state", adminToken, null);

    assertThat(started.status()).as(started.toString()).isEqualTo(200);
    assertThat(state.json().get("status").asText()).isEqualTo("Running");

    var stopped =
        gateway.send(
            "PUT",
            "/api/v1/instances/" + name + "/state?wait=true",
            adminToken,
            Map.of("action", "stop", "force", true));
    var deleted =
        gateway.send("DELETE", "/api/v1/instances/" + name + "?wait=true", adminToken, null);
    var gone = gateway.send("GET", "/api/v1/instances/" + name, adminToken, null);

    assertThat(stopped.status()).as(stopped.toString()).isEqualTo(200);
    assertThat(deleted.status()).as(deleted.toString()).isEqualTo(200);
    assertThat(gone.status()).isEqualTo(404);
  }

  @Test
  void viewerMayNotCreate() throws Exception {
    var reply = gateway.send("POST", "/api/v1/instances", viewerToken, createBody());

    assertThat(reply.status()).isEqualTo(403);
    assertThat(reply.json().get("detail").asText()).contains("viewer").contains("admin");
    assertThat(lxd.instances().find(name)).isEmpty();
  }

  @Test
  void viewerReadsInstanceList() throws Exception {
    var reply = gateway.send("GET", "/api/v1/instances", viewerToken, null);

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.json().has("items")).isTrue();
    assertThat(reply.json().get("limit").asInt()).isEqualTo(100);
  }

  @Test
  void creatingExistingNameGives409() throws Exception {
    gateway.send("POST", "/api/v1/instances?wait=true", adminToken, createBody());

    var again = gateway.send("POST", "/api/v1/instances?wait=true", adminToken, createBody());

    assertThat(again.status()).as(again.toString()).isEqualTo(409);
    assertThat(again.json().get("detail").asText()).contains("already exists");
  }

  @Test
  void deletingRunningInstanceGives409AndKeepsIt() throws Exception {
    gateway.send("POST", "/api/v1/instances?wait=true", adminToken, createBody());
    gateway.send(
        "PUT",
        "/api/v1/instances/" + name + "/state?wait=true",
        adminToken,
        Map.of("action", "start"));

    var deleted =
        gateway.send("DELETE", "/api/v1/instances/" + name + "?wait=true", adminToken, null);

    assertThat(deleted.status()).as(deleted.toString()).isEqualTo(409);
    assertThat(deleted.json().get("detail").asText()).isEqualTo("Instance is running");
    assertThat(lxd.instances().get(name).isRunning()).isTrue();
  }

  @Test
  void unknownProfileGives400NotBadGateway() throws Exception {
    Map<String, Object> body =
        Map.of(
            "name",
            name,
            "profiles",
            java.util.List.of("lxdjt-no-such-profile"),
            "source",
            Map.of("type", "image", "alias", TestNames.IMAGE_ALIAS));

    var created = gateway.send("POST", "/api/v1/instances?wait=true", adminToken, body);

    assertThat(created.status()).as(created.toString()).isEqualTo(400);
    assertThat(created.json().get("detail").asText()).contains("lxdjt-no-such-profile");
    assertThat(lxd.instances().find(name)).isEmpty();
  }

  @Test
  void unknownInstanceGives404WithLxdMessage() throws Exception {
    var reply = gateway.send("GET", "/api/v1/instances/" + name, viewerToken, null);

    assertThat(reply.status()).isEqualTo(404);
    assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
    assertThat(reply.json().get("detail").asText()).isEqualTo("Instance not found");
    assertThat(reply.json().get("request_id").asText()).isEqualTo(reply.header("X-Request-ID"));
  }

  @Test
  void invalidNameGives400BeforeAnyLxdCall() throws Exception {
    var bad = Map.of("name", "1abc", "source", Map.of("type", "image", "alias", "x"));

    var reply = gateway.send("POST", "/api/v1/instances", adminToken, bad);

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().get("detail").asText())
        .contains("'1abc'")
        .contains("must not start with a digit");
    assertThat(lxd.instances().find("abc")).isEmpty();
  }

  @Test
  void startingRunningInstanceGives409WithLxdMessage() throws Exception {
    gateway.send("POST", "/api/v1/instances?wait=true", adminToken, createBody());
    gateway.send(
        "PUT",
        "/api/v1/instances/" + name + "/state?wait=true",
        adminToken,
        Map.of("action", "start"));

    var again =
        gateway.send(
            "PUT",
            "/api/v1/instances/" + name + "/state?wait=true",
            adminToken,
            Map.of("action", "start"));

    assertThat(again.status()).isEqualTo(409);
    assertThat(again.json().get("type").asText()).endsWith(":operation-conflict");
    assertThat(again.json().get("detail").asText()).contains("already running");
  }

  @Test
  void missingTokenGives401() throws Exception {
    var reply = gateway.send("GET", "/api/v1/instances", null, null);

    assertThat(reply.status()).isEqualTo(401);
    assertThat(reply.header("WWW-Authenticate")).isEqualTo("Bearer");
  }

  @Test
  void forgedTokenGives401() throws Exception {
    var reply = gateway.send("GET", "/api/v1/instances", adminToken + "x", null);

    assertThat(reply.status()).isEqualTo(401);
  }
}

package dev.lxdjava.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lxdjava.auth.Role;
import dev.lxdjava.testkit.fake.FakeLxd;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The gateway's routes on an in-process fake LXD ({@code LXD_CONNECTION_MODE=fake}): fast, and
 * without a daemon. {@code GatewayInstancesIT} runs the same flows against real LXD.
 */
class GatewayOnFakeTest {
  private static GatewayHarness gateway;
  private static FakeLxd fake;
  private static String adminToken;
  private static String viewerToken;

  @BeforeAll
  static void startGateway() throws Exception {
    gateway = GatewayHarness.startOnFake();
    fake = gateway.application().fakeLxd().orElseThrow();
    adminToken = gateway.login(GatewayHarness.ADMIN, GatewayHarness.ADMIN_PASSWORD);
    viewerToken = gateway.tokenFor("viewer1", Role.VIEWER);
  }

  @AfterAll
  static void stopGateway() throws Exception {
    gateway.close();
  }

  @BeforeEach
  void freshDaemon() {
    fake.reset();
    fake.faults().clear();
    fake.requests().clear();
  }

  private static Map<String, Object> createBody(String name) {
    return Map.of("name", name, "source", Map.of("type", "image", "alias", FakeLxd.IMAGE_ALIAS));
  }

  private static GatewayHarness.Reply state(String name, String action) throws Exception {
    return gateway.send(
        "PUT",
        "/api/v1/instances/" + name + "/state?wait=true",
        adminToken,
        Map.of("action", action));
  }

  @Test
  void instanceLifecycleRunsEndToEnd() throws Exception {
    var created = gateway.send("POST", "/api/v1/instances", adminToken, createBody("web1"));
    var done =
        gateway.send(
            "GET", created.json().get("wait_url").asText() + "?timeout=10", adminToken, null);
    var started = state("web1", "start");
    var current = gateway.send("GET", "/api/v1/instances/web1/state", viewerToken, null);
    var stopped = state("web1", "stop");
    var deleted = gateway.send("DELETE", "/api/v1/instances/web1?wait=true", adminToken, null);

    assertThat(created.status()).as(created.toString()).isEqualTo(202);
    assertThat(done.json().get("status").asText()).isEqualTo("Success");
    assertThat(started.status()).isEqualTo(200);
    assertThat(current.json().get("status").asText()).isEqualTo("Running");
    assertThat(stopped.status()).isEqualTo(200);
    assertThat(deleted.status()).isEqualTo(200);
  }

  @Test
  void startingRunningInstanceGives400WithLxdMessage() throws Exception {
    gateway.send("POST", "/api/v1/instances?wait=true", adminToken, createBody("web1"));
    state("web1", "start");

    var again = state("web1", "start");

    assertThat(again.status()).isEqualTo(400);
    assertThat(again.json().get("type").asText()).endsWith("operation-failed");
    assertThat(again.json().get("detail").asText()).isEqualTo("The instance is already running");
  }

  @Test
  void unknownInstanceGives404WithLxdMessage() throws Exception {
    var reply = gateway.send("GET", "/api/v1/instances/nope", viewerToken, null);

    assertThat(reply.status()).isEqualTo(404);
    assertThat(reply.json().get("detail").asText()).isEqualTo("Instance not found");
  }

  @Test
  void listIsOneUpstreamRequest() throws Exception {
    gateway.send("POST", "/api/v1/instances?wait=true", adminToken, createBody("web1"));
    fake.requests().clear();

    var reply =
        gateway.send("GET", "/api/v1/instances?filter=status%20eq%20Stopped", viewerToken, null);

    assertThat(reply.json().get("total").asInt()).isEqualTo(1);
    assertThat(fake.requests().all()).hasSize(1);
    assertThat(fake.requests().last().param("filter")).isEqualTo("status eq Stopped");
  }

  @Test
  void projectTravelsWithEveryUpstreamRequest() throws Exception {
    fake.requests().clear();

    gateway.send(
        "POST", "/api/v1/instances?project=default&wait=true", adminToken, createBody("web1"));

    assertThat(fake.requests().all()).isNotEmpty();
    assertThat(fake.requests().all()).allSatisfy(r -> assertThat(r.project()).isEqualTo("default"));
    assertThat(fake.requests().all()).allSatisfy(r -> assertThat(r.hasParam("project")).isTrue());
  }

  @Test
  void lxdOutageMapsToServerError() throws Exception {
    fake.faults().failNext(1, "GET", "/1.0/instances", 500, "database is locked");

    var reply = gateway.send("GET", "/api/v1/instances", viewerToken, null);

    assertThat(reply.status()).isEqualTo(502);
    assertThat(reply.json().get("detail").asText()).contains("database is locked");
  }

  @Test
  void viewerMayNotCreate() throws Exception {
    var reply = gateway.send("POST", "/api/v1/instances", viewerToken, createBody("web1"));

    assertThat(reply.status()).isEqualTo(403);
    assertThat(fake.requests().all()).isEmpty();
  }
}

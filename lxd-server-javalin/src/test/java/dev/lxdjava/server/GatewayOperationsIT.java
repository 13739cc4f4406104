package dev.lxdjava.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lxdjava.auth.Role;
import dev.lxdjava.core.Lxd;
import dev.lxdjava.core.LxdApiException;
import dev.lxdjava.core.instance.InstanceCreate;
import dev.lxdjava.testkit.LocalLxd;
import dev.lxdjava.testkit.TestNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Operations through the gateway on real LXD, with a long-running operation in another project. The
 * tests list per project and across the projects a caller may see, wait and cancel with the
 * project, and check that a failed operation is reported as a 4xx with LXD's message.
 */
@LocalLxd
class GatewayOperationsIT {
  private static final String PROJECT = TestNames.unique();
  private static final String INSTANCE = TestNames.unique();

  private static GatewayHarness gateway;
  private static RawLxd raw;
  private static String operator;
  private static String viewer;

  private final Lxd lxd;

  GatewayOperationsIT(Lxd lxd) {
    this.lxd = lxd;
  }

  @BeforeAll
  static void setUp() throws Exception {
    gateway = GatewayHarness.start();
    operator = gateway.tokenFor("operator1", Role.OPERATOR);
    viewer = gateway.tokenFor("viewer1", Role.VIEWER);
    raw = new RawLxd();
    raw.createProject(PROJECT);
  }

  @AfterAll
  static void tearDown(Lxd lxd) throws Exception {
    try {
      Lxd project = lxd.project(PROJECT);
      if (project.instances().find(INSTANCE).isPresent()) {
        if (project.instances().get(INSTANCE).isRunning()) {
          project.instances().stop(INSTANCE, true).await();
        }
        project.instances().delete(INSTANCE).await();
      }
      raw.deleteProject(PROJECT);
    } finally {
      raw.close();
      gateway.close();
    }
  }

  /** Starts {@code sleep 30} in a running instance of the test project; returns the operation. */
  private String longOperation() throws Exception {
    Lxd project = lxd.project(PROJECT);
    if (project.instances().find(INSTANCE).isEmpty()) {
      project
          .instances()
          .create(InstanceCreate.builder(INSTANCE).image(TestNames.IMAGE_ALIAS).build())
          .await();
      project.instances().start(INSTANCE).await();
    }
    return raw.startExec(INSTANCE, PROJECT, "sleep", "30");
  }

  /**
   * Deletes an instance whose start failed. LXD cleans up after a failed start in an operation of
   * its own and refuses a delete meanwhile ("Instance is busy"), so this retries for a while.
   */
  private void deleteWhenIdle(String name) throws InterruptedException {
    for (int attempt = 0; ; attempt++) {
      try {
        if (lxd.instances().get(name).isRunning()) {
          lxd.instances().stop(name, true).await();
        }
        lxd.instances().delete(name).await();
        return;
      } catch (LxdApiException busy) {
        if (attempt == 60 || !busy.getMessage().contains("busy")) {
          throw busy;
        }
        Thread.sleep(1000);
      }
    }
  }

  private static List<JsonNode> items(GatewayHarness.Reply reply) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    List<JsonNode> items = new ArrayList<>();
    reply.json().get("items").forEach(items::add);
    return items;
  }

  private static JsonNode find(List<JsonNode> operations, String id) {
    return operations.stream()
        .filter(operation -> operation.get("id").asText().equals(id))
        .findFirst()
        .orElse(null);
  }

  @Test
  void projectListingShowsItsRunningOperation() throws Exception {
    String id = longOperation();

    var reply = gateway.send("GET", "/api/v1/operations?project=" + PROJECT, viewer, null);

    JsonNode operation = find(items(reply), id);
    assertThat(operation).as("operation %s in %s", id, reply).isNotNull();
    assertThat(operation.get("project").asText()).isEqualTo(PROJECT);
    assertThat(operation.get("status").asText()).isEqualTo("Running");
  }

  @Test
  void defaultProjectListingOmitsIt() throws Exception {
    String id = longOperation();

    var reply = gateway.send("GET", "/api/v1/operations?project=default", viewer, null);

    assertThat(find(items(reply), id)).isNull();
  }

  @Test
  void listingWithoutProjectNamesEachProject() throws Exception {
    String id = longOperation();

    var reply = gateway.send("GET", "/api/v1/operations?limit=1000", viewer, null);

    JsonNode operation = find(items(reply), id);
    assertThat(operation).as(reply.toString()).isNotNull();
    assertThat(operation.get("project").asText()).isEqualTo(PROJECT);
    assertThat(reply.json().get("total").asInt()).isGreaterThanOrEqualTo(1);
  }

  @Test
  void listingWithoutProjectHidesProjectsWithoutGrant() throws Exception {
    String id = longOperation();
    gateway.createUser("default-only", Role.NONE);
    gateway.application().auth().users().grant("default-only", "default", Role.VIEWER);
    String token = gateway.login("default-only", "default-only-password-123");

    var reply = gateway.send("GET", "/api/v1/operations?limit=1000", token, null);

    List<JsonNode> operations = items(reply);
    assertThat(find(operations, id)).as(reply.toString()).isNull();
    assertThat(operations)
        .allSatisfy(op -> assertThat(op.get("project").asText()).isEqualTo("default"));
  }

  @Test
  void listingWithoutProjectShowsGrantedProject() throws Exception {
    String id = longOperation();
    gateway.createUser("project-only", Role.NONE);
    gateway.application().auth().users().grant("project-only", PROJECT, Role.VIEWER);
    String token = gateway.login("project-only", "project-only-password-123");

    var everyProject = gateway.send("GET", "/api/v1/operations?limit=1000", token, null);
    var defaultProject = gateway.send("GET", "/api/v1/operations?project=default", token, null);

    List<JsonNode> operations = items(everyProject);
    assertThat(find(operations, id)).as(everyProject.toString()).isNotNull();
    assertThat(operations)
        .allSatisfy(op -> assertThat(op.get("project").asText()).isEqualTo(PROJECT));
    assertThat(defaultProject.status()).isEqualTo(403);
  }

  @Test
  void waitInItsProjectReturnsRunningOperation() throws Exception {
    String id = longOperation();

    var reply =
        gateway.send(
            "GET", "/api/v1/operations/" + id + "/wait?timeout=1&project=" + PROJECT, viewer, null);

    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    assertThat(reply.json().get("status").asText()).isEqualTo("Running");
    assertThat(reply.json().get("project").asText()).isEqualTo(PROJECT);
  }

  @Test
  void waitInAnotherProjectIs404() throws Exception {
    String id = longOperation();

    var reply = gateway.send("GET", "/api/v1/operations/" + id + "/wait?timeout=1", viewer, null);

    assertThat(reply.status()).as(reply.toString()).isEqualTo(404);
    assertThat(reply.json().get("type").asText()).endsWith(":operation-not-found");
    assertThat(reply.json().get("detail").asText()).contains("'default'");
  }

  @Test
  void cancelInItsProjectReachesLxd() throws Exception {
    String id = longOperation();

    var reply =
        gateway.send("DELETE", "/api/v1/operations/" + id + "?project=" + PROJECT, operator, null);

    // LXD 5.0 cannot cancel exec operations; its refusal shows the request reached it.
    assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
    assertThat(reply.json().get("detail").asText()).isEqualTo("This operation can't be cancelled");
    assertThat(reply.json().get("lxd_error_code").asInt()).isEqualTo(400);
  }

  @Test
  void cancelInAnotherProjectIs404() throws Exception {
    String id = longOperation();

    var reply = gateway.send("DELETE", "/api/v1/operations/" + id, operator, null);

    assertThat(reply.status()).as(reply.toString()).isEqualTo(404);
  }

  @Test
  void viewerMayNotCancel() throws Exception {
    String id = longOperation();

    var reply =
        gateway.send("DELETE", "/api/v1/operations/" + id + "?project=" + PROJECT, viewer, null);

    assertThat(reply.status()).isEqualTo(403);
  }

  @Test
  void fractionalWaitTimeoutIsRejected() throws Exception {
    var reply = gateway.send("GET", "/api/v1/operations/x/wait?timeout=1.5", viewer, null);

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().get("parameter").asText()).isEqualTo("timeout");
  }

  @Test
  void failedOperationWaitIs400WithLxdMessage() throws Exception {
    String name = TestNames.unique();
    // lxc.init.cmd names a missing binary, so LXD accepts the start and its operation fails.
    lxd.instances()
        .create(
            InstanceCreate.builder(name)
                .image(TestNames.IMAGE_ALIAS)
                .config(Map.of("raw.lxc", "lxc.init.cmd=/nonexistent-init"))
                .build())
        .await();
    try {
      var started =
          gateway.send(
              "PUT", "/api/v1/instances/" + name + "/state", operator, Map.of("action", "start"));
      assertThat(started.status()).as(started.toString()).isEqualTo(202);

      var waited =
          gateway.send(
              "GET", started.json().get("wait_url").asText() + "?timeout=60", viewer, null);

      assertThat(waited.status()).as(waited.toString()).isEqualTo(400);
      assertThat(waited.json().get("type").asText()).endsWith(":operation-failed");
      assertThat(waited.json().get("detail").asText()).contains("Failed to run");
      assertThat(waited.json().get("operation_id").asText())
          .isEqualTo(started.json().get("operation_id").asText());
    } finally {
      deleteWhenIdle(name);
    }
  }
}

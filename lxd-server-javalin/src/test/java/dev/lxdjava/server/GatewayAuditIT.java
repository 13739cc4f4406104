package dev.lxdjava.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lxdjava.auth.Role;
import dev.lxdjava.core.Lxd;
import dev.lxdjava.core.operation.LxdOperationException;
import dev.lxdjava.testkit.LocalLxd;
import dev.lxdjava.testkit.TestNames;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The audit trail over real LXD: a create, a denial, failed logins and refreshes. */
@LocalLxd
class GatewayAuditIT {
  private static GatewayHarness gateway;
  private static String admin;
  private static String viewer;

  private final Lxd lxd;
  private final String name = TestNames.unique();
  private final List<String> projects = new ArrayList<>();

  GatewayAuditIT(Lxd lxd) {
    this.lxd = lxd;
  }

  @BeforeAll
  static void startGateway() throws Exception {
    gateway = GatewayHarness.start();
    admin = gateway.login(GatewayHarness.ADMIN, GatewayHarness.ADMIN_PASSWORD);
    viewer = gateway.tokenFor("audit-viewer", Role.VIEWER);
  }

  @AfterAll
  static void stopGateway() throws Exception {
    gateway.close();
  }

  @AfterEach
  void deleteInstanceAndProjects() throws Exception {
    List<String> scopes = new ArrayList<>(projects);
    scopes.add("default");
    for (String project : scopes) {
      Lxd view = lxd.project(project);
      if (view.instances().find(name).isPresent()) {
        try {
          view.instances().stop(name, true).await();
        } catch (LxdOperationException alreadyStopped) {
          // Created but never started.
        }
        view.instances().delete(name).await();
      }
    }
    try (RawLxd raw = new RawLxd()) {
      for (String project : projects) {
        raw.deleteProject(project);
      }
    }
  }

  private Map<String, Object> createBody() {
    return Map.of("name", name, "source", Map.of("type", "image", "alias", TestNames.IMAGE_ALIAS));
  }

  /** Audit rows matching the query (empty for all), newest first. */
  private static JsonNode audit(String query) throws Exception {
    String filters = query.isEmpty() ? "" : "&" + query;
    var reply = gateway.send("GET", "/api/v1/audit?limit=1000" + filters, admin, null);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return reply.json().get("items");
  }

  private static JsonNode onlyRow(JsonNode rows, String field, String value) {
    List<JsonNode> matches = new ArrayList<>();
    rows.forEach(
        row -> {
          if (value.equals(row.path(field).asText())) {
            matches.add(row);
          }
        });
    assertThat(matches).as(field + "=" + value + " in " + rows).hasSize(1);
    return matches.get(0);
  }

  @Test
  void instanceCreateIsAuditedWithOperationAndTarget() throws Exception {
    var created = gateway.send("POST", "/api/v1/instances?wait=true", admin, createBody());
    assertThat(created.status()).as(created.toString()).isEqualTo(200);

    JsonNode row = onlyRow(audit("user=admin&action=request"), "target", "instances/" + name);

    assertThat(row.get("method").asText()).isEqualTo("POST");
    assertThat(row.get("route").asText()).isEqualTo("/api/v1/instances");
    assertThat(row.get("project").asText()).isEqualTo("default");
    assertThat(row.get("status").asInt()).isEqualTo(200);
    assertThat(row.get("outcome").asText()).isEqualTo("success");
    assertThat(row.get("operation_id").asText()).isEqualTo(created.json().get("id").asText());
    assertThat(row.get("request_id").asText()).isEqualTo(created.header("X-Request-ID"));
    assertThat(row.get("client_ip").asText()).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
  }

  @Test
  void deniedRequestIsAudited() throws Exception {
    var denied =
        gateway.send(
            "POST", "/api/v1/instances", viewer, createBody(), Map.of("X-Request-ID", name));
    assertThat(denied.status()).isEqualTo(403);

    JsonNode row = onlyRow(audit("user=audit-viewer&outcome=denied"), "request_id", name);

    assertThat(row.get("status").asInt()).isEqualTo(403);
    assertThat(row.get("route").asText()).isEqualTo("/api/v1/instances");
    assertThat(row.get("detail").asText()).contains("needs 'admin'");
    assertThat(lxd.instances().find(name)).isEmpty();
  }

  @Test
  void failedLoginIsAuditedWithExistingAccount() throws Exception {
    gateway.createUser("audit-login1", Role.VIEWER);

    var failed =
        gateway.send(
            "POST",
            "/api/v1/auth/login",
            null,
            Map.of("username", "audit-login1", "password", "not-the-password"),
            Map.of("X-Request-ID", name));
    assertThat(failed.status()).isEqualTo(401);

    JsonNode row = onlyRow(audit("action=login&outcome=denied"), "request_id", name);

    assertThat(row.get("username").asText()).isEqualTo("audit-login1");
    assertThat(row.get("status").asInt()).isEqualTo(401);
  }

  @Test
  void failedLoginForUnknownNameRecordsNoName() throws Exception {
    gateway.send(
        "POST",
        "/api/v1/auth/login",
        null,
        Map.of("username", "my-secret-password-typed-here", "password", "whatever-else"),
        Map.of("X-Request-ID", name));

    JsonNode row = onlyRow(audit("action=login"), "request_id", name);

    assertThat(row.hasNonNull("username")).isFalse();
    assertThat(row.toString()).doesNotContain("my-secret-password-typed-here");
  }

  @Test
  void failedRefreshIsAudited() throws Exception {
    gateway.send(
        "POST",
        "/api/v1/auth/refresh",
        null,
        Map.of("refresh_token", "lxdr_not-a-real-token"),
        Map.of("X-Request-ID", name));

    JsonNode row = onlyRow(audit("action=refresh"), "request_id", name);

    assertThat(row.get("status").asInt()).isEqualTo(401);
    assertThat(row.get("detail").asText()).contains("unknown refresh token");
  }

  @Test
  void refreshTokenReuseNamesAccount() throws Exception {
    String password = gateway.createUser("audit-reuse1", Role.VIEWER);
    var pair =
        gateway.send(
            "POST",
            "/api/v1/auth/login",
            null,
            Map.of("username", "audit-reuse1", "password", password));
    String refresh = pair.json().get("refresh_token").asText();
    gateway.send("POST", "/api/v1/auth/refresh", null, Map.of("refresh_token", refresh));

    gateway.send(
        "POST",
        "/api/v1/auth/refresh",
        null,
        Map.of("refresh_token", refresh),
        Map.of("X-Request-ID", name));

    JsonNode row = onlyRow(audit("action=refresh&outcome=denied"), "request_id", name);
    assertThat(row.get("username").asText()).isEqualTo("audit-reuse1");
    assertThat(row.get("detail").asText()).contains("already used");
  }

  @Test
  void auditNeverHoldsPasswordsOrTokens() throws Exception {
    String password = gateway.createUser("audit-secret1", Role.VIEWER);
    var pair =
        gateway.send(
            "POST",
            "/api/v1/auth/login",
            null,
            Map.of("username", "audit-secret1", "password", password));
    String refresh = pair.json().get("refresh_token").asText();
    String access = pair.json().get("access_token").asText();
    gateway.send("POST", "/api/v1/auth/refresh", null, Map.of("refresh_token", refresh));
    gateway.send("POST", "/api/v1/auth/refresh", null, Map.of("refresh_token", refresh));

    String everything = audit("").toString();

    assertThat(everything).contains("audit-secret1");
    assertThat(everything).doesNotContain(password, refresh, access);
  }

  @Test
  void auditIsAdminOnly() throws Exception {
    var reply = gateway.send("GET", "/api/v1/audit", viewer, null);

    assertThat(reply.status()).isEqualTo(403);
  }

  @Test
  void auditFiltersByTimeRange() throws Exception {
    Instant future = Instant.now().plusSeconds(3600);

    JsonNode rows = audit("since=" + future);

    assertThat(rows).isEmpty();
  }

  @Test
  void invalidAuditFilterIsRejected() throws Exception {
    var reply = gateway.send("GET", "/api/v1/audit?since=yesterday", admin, null);

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().get("detail").asText()).contains("since");
  }

  /**
   * LXD 5.0 returns any project's operation by id, so the gateway checks that the operation is
   * listed in the project the caller is allowed in.
   */
  @Test
  void operationOfOtherProjectIsHidden() throws Exception {
    String project = TestNames.unique();
    try (RawLxd raw = new RawLxd()) {
      raw.createProject(project);
    }
    projects.add(project);
    gateway.createUser("audit-dev1", Role.NONE);
    gateway.application().auth().users().grant("audit-dev1", "default", Role.VIEWER);
    String dev = gateway.login("audit-dev1", "audit-dev1-password-123");
    var created = gateway.send("POST", "/api/v1/instances?project=" + project, admin, createBody());
    assertThat(created.status()).as(created.toString()).isEqualTo(202);
    String id = created.json().get("operation_id").asText();

    var asDefault = gateway.send("GET", "/api/v1/operations/" + id + "?project=default", dev, null);
    var asOther =
        gateway.send("GET", "/api/v1/operations/" + id + "?project=" + project, dev, null);
    var byAdmin =
        gateway.send(
            "GET", "/api/v1/operations/" + id + "/wait?timeout=60&project=" + project, admin, null);

    assertThat(asDefault.status()).as(asDefault.toString()).isEqualTo(404);
    assertThat(asOther.status()).isEqualTo(403);
    assertThat(byAdmin.status()).as(byAdmin.toString()).isEqualTo(200);
  }
}

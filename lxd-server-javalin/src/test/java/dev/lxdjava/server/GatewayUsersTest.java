package dev.lxdjava.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lxdjava.auth.Role;
import dev.lxdjava.core.Lxd;
import dev.lxdjava.core.project.ProjectCreate;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** User, grant and API key management over HTTP; no LXD needed. */
class GatewayUsersTest {
  private static GatewayHarness gateway;
  private static String admin;

  @BeforeAll
  static void startGateway() throws Exception {
    gateway = GatewayHarness.startOnFake();
    Lxd lxd = gateway.application().fakeLxd().orElseThrow().connect();
    lxd.projects().create(ProjectCreate.of("staging"));
    lxd.projects().create(ProjectCreate.of("audited"));
    admin = gateway.login(GatewayHarness.ADMIN, GatewayHarness.ADMIN_PASSWORD);
  }

  @AfterAll
  static void stopGateway() throws Exception {
    gateway.close();
  }

  @Test
  void registerCreatesUserWithRole() throws Exception {
    var created =
        gateway.send(
            "POST",
            "/api/v1/auth/register",
            admin,
            Map.of("username", "reg1", "password", "reg1-password-123", "role", "operator"));

    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    assertThat(created.json().get("role").asText()).isEqualTo("operator");
    assertThat(created.json().get("kind").asText()).isEqualTo("user");
    assertThat(gateway.login("reg1", "reg1-password-123")).isNotBlank();
  }

  @Test
  void listIsPaginated() throws Exception {
    gateway.createUser("list1", Role.VIEWER);
    gateway.createUser("list2", Role.VIEWER);

    var page = gateway.send("GET", "/api/v1/auth/users?limit=1&offset=1", admin, null);

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.json().get("items")).hasSize(1);
    assertThat(page.json().get("limit").asInt()).isEqualTo(1);
    assertThat(page.json().get("offset").asInt()).isEqualTo(1);
    assertThat(page.json().get("total").asInt()).isGreaterThanOrEqualTo(3);
  }

  @Test
  void disablingUserStopsTokenAtOnce() throws Exception {
    gateway.createUser("disable1", Role.VIEWER);
    String token = gateway.login("disable1", "disable1-password-123");

    var patched =
        gateway.send("PATCH", "/api/v1/auth/users/disable1", admin, Map.of("active", false));
    var me = gateway.send("GET", "/api/v1/auth/me", token, null);

    assertThat(patched.status()).isEqualTo(200);
    assertThat(patched.json().get("active").asBoolean()).isFalse();
    assertThat(me.status()).isEqualTo(401);
  }

  @Test
  void roleChangeStopsTokenAtOnce() throws Exception {
    gateway.createUser("promote1", Role.VIEWER);
    String token = gateway.login("promote1", "promote1-password-123");

    gateway.send("PATCH", "/api/v1/auth/users/promote1", admin, Map.of("role", "operator"));
    var me = gateway.send("GET", "/api/v1/auth/me", token, null);

    assertThat(me.status()).isEqualTo(401);
  }

  @Test
  void resetPasswordReplacesIt() throws Exception {
    gateway.createUser("reset1", Role.VIEWER);

    var reset =
        gateway.send(
            "POST",
            "/api/v1/auth/users/reset1/password",
            admin,
            Map.of("password", "reset-by-admin-123"));

    assertThat(reset.status()).isEqualTo(204);
    assertThat(gateway.login("reset1", "reset-by-admin-123")).isNotBlank();
  }

  @Test
  void deleteRemovesUser() throws Exception {
    gateway.createUser("delete1", Role.VIEWER);

    var deleted = gateway.send("DELETE", "/api/v1/auth/users/delete1", admin, null);
    var gone = gateway.send("GET", "/api/v1/auth/users/delete1", admin, null);

    assertThat(deleted.status()).isEqualTo(204);
    assertThat(gone.status()).isEqualTo(404);
  }

  @Test
  void lastAdminCannotBeDemoted() throws Exception {
    var reply =
        gateway.send(
            "PATCH", "/api/v1/auth/users/" + GatewayHarness.ADMIN, admin, Map.of("role", "viewer"));

    assertThat(reply.status()).isEqualTo(409);
    assertThat(reply.json().get("detail").asText()).contains("last active admin");
  }

  @Test
  void grantsAreSetListedAndRemoved() throws Exception {
    gateway.createUser("grant1", Role.NONE);

    var put =
        gateway.send(
            "PUT", "/api/v1/auth/users/grant1/grants/staging", admin, Map.of("role", "operator"));
    var listed = gateway.send("GET", "/api/v1/auth/grants?project=staging", admin, null);
    var removed = gateway.send("DELETE", "/api/v1/auth/users/grant1/grants/staging", admin, null);
    var after = gateway.send("GET", "/api/v1/auth/users/grant1/grants", admin, null);

    assertThat(put.status()).as(put.toString()).isEqualTo(200);
    assertThat(listed.json().toString()).contains("grant1");
    assertThat(removed.status()).isEqualTo(204);
    assertThat(after.json()).isEmpty();
  }

  @Test
  void grantChangeIsAuditedWithProject() throws Exception {
    gateway.createUser("grant3", Role.NONE);
    gateway.send(
        "PUT", "/api/v1/auth/users/grant3/grants/audited", admin, Map.of("role", "viewer"));

    var rows = gateway.send("GET", "/api/v1/audit?project=audited", admin, null);

    assertThat(rows.json().get("total").asInt()).isEqualTo(1);
    assertThat(rows.json().get("items").get(0).get("target").asText())
        .isEqualTo("auth/users/grant3/grants/audited");
  }

  @Test
  void grantOnUnknownProjectIsNotFound() throws Exception {
    gateway.createUser("grant4", Role.NONE);

    var reply =
        gateway.send(
            "PUT", "/api/v1/auth/users/grant4/grants/nowhere", admin, Map.of("role", "viewer"));

    assertThat(reply.status()).as(reply.toString()).isEqualTo(404);
    assertThat(reply.json().get("detail").asText()).contains("'nowhere'");
  }

  @Test
  void grantOnDeletedProjectCanBeRevoked() throws Exception {
    gateway.createUser("grant5", Role.NONE);
    gateway.application().auth().users().grant("grant5", "deleted", Role.VIEWER);

    var reply = gateway.send("DELETE", "/api/v1/auth/users/grant5/grants/deleted", admin, null);

    assertThat(reply.status()).as(reply.toString()).isEqualTo(204);
  }

  @Test
  void grantWithPathTraversalIsRejected() throws Exception {
    gateway.createUser("grant2", Role.NONE);

    var reply =
        gateway.send(
            "PUT", "/api/v1/auth/users/grant2/grants/%2E%2E", admin, Map.of("role", "operator"));

    assertThat(reply.status()).isEqualTo(400);
  }

  @Test
  void apiKeyShownOnceWorksAsBearer() throws Exception {
    var created =
        gateway.send(
            "POST", "/api/v1/auth/api-keys", admin, Map.of("name", "ci-key1", "role", "viewer"));
    String key = created.json().get("key").asText();

    var me = gateway.send("GET", "/api/v1/auth/me", key, null);
    var listed = gateway.send("GET", "/api/v1/auth/api-keys", admin, null);

    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    assertThat(key).startsWith("lxdk_");
    assertThat(me.json().get("username").asText()).isEqualTo("ci-key1");
    assertThat(me.json().get("kind").asText()).isEqualTo("service");
    assertThat(listed.body()).doesNotContain(key);
    assertThat(listed.body()).contains(key.substring(0, 11));
  }

  @Test
  void revokedApiKeyStopsAtOnce() throws Exception {
    var created =
        gateway.send(
            "POST", "/api/v1/auth/api-keys", admin, Map.of("name", "ci-key2", "role", "viewer"));
    String key = created.json().get("key").asText();

    var revoked = gateway.send("DELETE", "/api/v1/auth/api-keys/ci-key2", admin, null);
    var me = gateway.send("GET", "/api/v1/auth/me", key, null);

    assertThat(revoked.status()).isEqualTo(204);
    assertThat(me.status()).isEqualTo(401);
  }

  @Test
  void apiKeyCannotLogInWithPassword() throws Exception {
    gateway.send(
        "POST", "/api/v1/auth/api-keys", admin, Map.of("name", "ci-key3", "role", "admin"));

    var reply =
        gateway.send(
            "POST", "/api/v1/auth/login", null, Map.of("username", "ci-key3", "password", "!"));

    assertThat(reply.status()).isEqualTo(401);
  }

  @Test
  void apiKeyExpiryMustBeInstant() throws Exception {
    var reply =
        gateway.send(
            "POST",
            "/api/v1/auth/api-keys",
            admin,
            Map.of("name", "ci-key4", "role", "viewer", "expires_at", "next tuesday"));

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().get("detail").asText()).contains("ISO-8601");
  }
}

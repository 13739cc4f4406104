package dev.lxdjava.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lxdjava.auth.Role;
import dev.lxdjava.core.Lxd;
import dev.lxdjava.core.project.ProjectCreate;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Requests to and replies of the account, grant, API key and audit routes match the schemas of the
 * gateway's own OpenAPI document; needs no LXD.
 */
class AccountSamplesTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static GatewayHarness gateway;
  private static ApiSchemaAssert api;
  private static String admin;

  @BeforeAll
  static void startGateway() throws Exception {
    gateway = GatewayHarness.startOnFake();
    Lxd lxd = gateway.application().fakeLxd().orElseThrow().connect();
    lxd.projects().create(ProjectCreate.of("staging"));
    api = new ApiSchemaAssert(gateway.send("GET", "/openapi.json", null, null).json());
    admin = gateway.login(GatewayHarness.ADMIN, GatewayHarness.ADMIN_PASSWORD);
  }

  @AfterAll
  static void stopGateway() throws Exception {
    gateway.close();
  }

  /**
   * Sends a request, checks its body against the documented request schema and the reply against
   * the documented response of its status.
   *
   * @param documented the path as the document names it, such as {@code
   *     /api/v1/auth/users/{username}}
   */
  private GatewayHarness.Reply check(
      String method, String path, String documented, String token, Object body) throws Exception {
    if (body != null) {
      api.acceptsBody(method, documented, JSON.writeValueAsString(body));
    }
    var reply = gateway.send(method, path, token, body);
    api.matches(method, documented, reply);
    return reply;
  }

  private GatewayHarness.Reply check(String method, String path, String token, Object body)
      throws Exception {
    return check(method, path, path, token, body);
  }

  @Test
  void sessionRepliesMatchSchemas() throws Exception {
    gateway.createUser("samples-session", Role.VIEWER);
    var credentials =
        Map.of("username", "samples-session", "password", "samples-session-password-123");

    var login = check("POST", "/api/v1/auth/login", null, credentials);
    String refresh = login.json().get("refresh_token").asText();
    var refreshed = check("POST", "/api/v1/auth/refresh", null, Map.of("refresh_token", refresh));
    String token = refreshed.json().get("access_token").asText();
    check("GET", "/api/v1/auth/me", token, null);
    check(
        "POST",
        "/api/v1/auth/me/password",
        token,
        Map.of(
            "current_password", "samples-session-password-123",
            "new_password", "samples-session-password-456"));
    var logout =
        check(
            "POST",
            "/api/v1/auth/logout",
            null,
            Map.of("refresh_token", refreshed.json().get("refresh_token").asText()));

    assertThat(login.status()).isEqualTo(200);
    assertThat(refreshed.status()).isEqualTo(200);
    assertThat(logout.status()).isEqualTo(204);
  }

  @Test
  void userAndGrantRepliesMatchSchemas() throws Exception {
    String user = "/api/v1/auth/users/{username}";

    var created =
        check(
            "POST",
            "/api/v1/auth/users",
            admin,
            Map.of(
                "username", "samples-user", "password", "samples-user-password-1", "role", "none"));
    check(
        "POST",
        "/api/v1/auth/register",
        admin,
        Map.of("username", "samples-reg", "password", "samples-reg-password-1"));
    check("GET", "/api/v1/auth/users?limit=2", "/api/v1/auth/users", admin, null);
    check("GET", "/api/v1/auth/users/samples-user", user, admin, null);
    check("PATCH", "/api/v1/auth/users/samples-user", user, admin, Map.of("role", "viewer"));
    check(
        "POST",
        "/api/v1/auth/users/samples-user/password",
        user + "/password",
        admin,
        Map.of("password", "samples-user-password-2"));
    var granted =
        check(
            "PUT",
            "/api/v1/auth/users/samples-user/grants/staging",
            user + "/grants/{project}",
            admin,
            Map.of("role", "operator"));
    check("GET", "/api/v1/auth/users/samples-user/grants", user + "/grants", admin, null);
    check("GET", "/api/v1/auth/grants?project=staging", "/api/v1/auth/grants", admin, null);
    check(
        "DELETE",
        "/api/v1/auth/users/samples-user/grants/staging",
        user + "/grants/{project}",
        admin,
        null);
    var deleted = check("DELETE", "/api/v1/auth/users/samples-user", user, admin, null);

    assertThat(created.status()).isEqualTo(201);
    assertThat(granted.status()).isEqualTo(200);
    assertThat(deleted.status()).isEqualTo(204);
  }

  @Test
  void apiKeyRepliesMatchSchemas() throws Exception {
    String key = "/api/v1/auth/api-keys/{name}";

    var created =
        check(
            "POST",
            "/api/v1/auth/api-keys",
            admin,
            Map.of("name", "samples-key", "role", "viewer", "expires_at", "2099-01-01T00:00:00Z"));
    check("GET", "/api/v1/auth/api-keys", admin, null);
    check("GET", "/api/v1/auth/me", created.json().get("key").asText(), null);
    check("GET", "/api/v1/auth/api-keys/samples-key", key, admin, null);
    var revoked = check("DELETE", "/api/v1/auth/api-keys/samples-key", key, admin, null);

    assertThat(created.status()).isEqualTo(201);
    assertThat(revoked.status()).isEqualTo(204);
  }

  @Test
  void auditRepliesMatchSchemas() throws Exception {
    gateway.send(
        "POST", "/api/v1/auth/login", null, Map.of("username", "admin", "password", "wrong-one"));

    var page =
        check(
            "GET",
            "/api/v1/audit?outcome=denied&since=2000-01-01T00:00:00Z&limit=5",
            "/api/v1/audit",
            admin,
            null);
    var invalid = check("GET", "/api/v1/audit?since=yesterday", "/api/v1/audit", admin, null);

    assertThat(page.json().get("items")).isNotEmpty();
    assertThat(invalid.status()).isEqualTo(400);
    assertThat(invalid.json().get("parameter").asText()).isEqualTo("since");
  }

  @Test
  void errorRepliesMatchSchemas() throws Exception {
    String viewer = gateway.tokenFor("samples-viewer", Role.VIEWER);

    check("GET", "/api/v1/auth/users", viewer, null);
    check("GET", "/api/v1/auth/users/nobody-here", "/api/v1/auth/users/{username}", admin, null);
    check("POST", "/api/v1/auth/refresh", null, Map.of("refresh_token", "lxdr_unknown"));
    check(
        "POST",
        "/api/v1/auth/users",
        admin,
        Map.of("username", "samples-viewer", "password", "samples-viewer-password-1"));
  }
}

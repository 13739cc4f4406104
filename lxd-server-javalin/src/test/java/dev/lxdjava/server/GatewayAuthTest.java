package dev.lxdjava.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lxdjava.auth.Role;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Login, refresh, logout, the caller's account and password over HTTP; no LXD needed. */
class GatewayAuthTest {
  private static GatewayHarness gateway;

  @BeforeAll
  static void startGateway() throws Exception {
    gateway = GatewayHarness.startWithoutLxd(Map.of());
  }

  @AfterAll
  static void stopGateway() throws Exception {
    gateway.close();
  }

  private static JsonNode loginPair(String username, String password) throws Exception {
    var reply =
        gateway.send(
            "POST", "/api/v1/auth/login", null, Map.of("username", username, "password", password));
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return reply.json();
  }

  @Test
  void loginReturnsTokenPairInReferenceShape() throws Exception {
    String password = gateway.createUser("shape1", Role.VIEWER);

    JsonNode pair = loginPair("shape1", password);

    assertThat(pair.get("token_type").asText()).isEqualTo("bearer");
    assertThat(pair.get("expires_in").asLong()).isEqualTo(1800);
    assertThat(pair.get("access_token").asText()).startsWith("eyJ");
    assertThat(pair.get("refresh_token").asText()).startsWith("lxdr_");
  }

  @Test
  void refreshRotatesTokens() throws Exception {
    String password = gateway.createUser("refresh1", Role.VIEWER);
    String refresh = loginPair("refresh1", password).get("refresh_token").asText();

    var reply =
        gateway.send("POST", "/api/v1/auth/refresh", null, Map.of("refresh_token", refresh));

    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    assertThat(reply.json().get("refresh_token").asText()).isNotEqualTo(refresh);
    var me =
        gateway.send("GET", "/api/v1/auth/me", reply.json().get("access_token").asText(), null);
    assertThat(me.json().get("username").asText()).isEqualTo("refresh1");
  }

  @Test
  void reusedRefreshTokenRevokesFamily() throws Exception {
    String password = gateway.createUser("reuse1", Role.VIEWER);
    String refresh = loginPair("reuse1", password).get("refresh_token").asText();
    var rotated =
        gateway.send("POST", "/api/v1/auth/refresh", null, Map.of("refresh_token", refresh));

    var reuse =
        gateway.send("POST", "/api/v1/auth/refresh", null, Map.of("refresh_token", refresh));
    var me =
        gateway.send("GET", "/api/v1/auth/me", rotated.json().get("access_token").asText(), null);

    assertThat(reuse.status()).isEqualTo(401);
    assertThat(reuse.json().get("detail").asText()).contains("already used");
    assertThat(me.status()).isEqualTo(401);
  }

  @Test
  void logoutEndsAccessTokenAtOnce() throws Exception {
    String password = gateway.createUser("logout1", Role.VIEWER);
    JsonNode pair = loginPair("logout1", password);

    var logout =
        gateway.send(
            "POST",
            "/api/v1/auth/logout",
            null,
            Map.of("refresh_token", pair.get("refresh_token").asText()));
    var me = gateway.send("GET", "/api/v1/auth/me", pair.get("access_token").asText(), null);

    assertThat(logout.status()).isEqualTo(204);
    assertThat(me.status()).isEqualTo(401);
  }

  @Test
  void meShowsRoleNoneAndGrants() throws Exception {
    String password = gateway.createUser("grantee1", Role.NONE);
    gateway.application().auth().users().grant("grantee1", "staging", Role.OPERATOR);
    String token = loginPair("grantee1", password).get("access_token").asText();

    var me = gateway.send("GET", "/api/v1/auth/me", token, null);

    assertThat(me.status()).isEqualTo(200);
    assertThat(me.json().get("role").asText()).isEqualTo("none");
    assertThat(me.json().get("grants").get(0).get("project").asText()).isEqualTo("staging");
    assertThat(me.json().get("grants").get(0).get("role").asText()).isEqualTo("operator");
    assertThat(me.json().has("password_hash")).isFalse();
  }

  @Test
  void changeOwnPasswordNeedsCurrentOne() throws Exception {
    String password = gateway.createUser("passwd1", Role.VIEWER);
    String token = loginPair("passwd1", password).get("access_token").asText();

    var wrong =
        gateway.send(
            "POST",
            "/api/v1/auth/me/password",
            token,
            Map.of("current_password", "not-my-password", "new_password", "a-new-long-password"));
    var right =
        gateway.send(
            "POST",
            "/api/v1/auth/me/password",
            token,
            Map.of("current_password", password, "new_password", "a-new-long-password"));
    var oldToken = gateway.send("GET", "/api/v1/auth/me", token, null);

    assertThat(wrong.status()).isEqualTo(401);
    assertThat(right.status()).isEqualTo(204);
    assertThat(oldToken.status()).isEqualTo(401);
    assertThat(loginPair("passwd1", "a-new-long-password").has("access_token")).isTrue();
  }

  @Test
  void formLoginStillWorks() throws Exception {
    String password = gateway.createUser("form1", Role.VIEWER);
    var request =
        java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(
                    "http://127.0.0.1:" + gateway.application().port() + "/api/v1/auth/login"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(
                java.net.http.HttpRequest.BodyPublishers.ofString(
                    "username=form1&password=" + password))
            .build();

    var reply =
        java.net.http.HttpClient.newHttpClient()
            .send(request, java.net.http.HttpResponse.BodyHandlers.ofString());

    assertThat(reply.statusCode()).isEqualTo(200);
    assertThat(reply.body()).contains("refresh_token");
  }

  @Test
  void unknownUserAndWrongPasswordGiveSameAnswer() throws Exception {
    gateway.createUser("same1", Role.VIEWER);

    var wrong =
        gateway.send(
            "POST",
            "/api/v1/auth/login",
            null,
            Map.of("username", "same1", "password", "wrong-password"));
    var unknown =
        gateway.send(
            "POST",
            "/api/v1/auth/login",
            null,
            Map.of("username", "nobody-here", "password", "wrong-password"));

    assertThat(wrong.status()).isEqualTo(401);
    assertThat(unknown.status()).isEqualTo(401);
    assertThat(wrong.json().get("detail")).isEqualTo(unknown.json().get("detail"));
  }
}

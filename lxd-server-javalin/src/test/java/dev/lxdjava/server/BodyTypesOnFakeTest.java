package dev.lxdjava.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lxdjava.testkit.fake.FakeLxd;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Request bodies whose values have the wrong JSON type are rejected before any LXD request: no
 * number or boolean becomes a string, no string becomes a number or boolean.
 */
class BodyTypesOnFakeTest {
  private static GatewayHarness gateway;
  private static FakeLxd fake;
  private static String admin;

  @BeforeAll
  static void startGateway() throws Exception {
    gateway = GatewayHarness.startOnFake();
    fake = gateway.application().fakeLxd().orElseThrow();
    admin = gateway.login(GatewayHarness.ADMIN, GatewayHarness.ADMIN_PASSWORD);
  }

  @AfterAll
  static void stopGateway() throws Exception {
    gateway.close();
  }

  @BeforeEach
  void freshDaemon() {
    fake.reset();
    fake.requests().clear();
  }

  private static Map<String, Object> source() {
    return Map.of("type", "image", "alias", FakeLxd.IMAGE_ALIAS);
  }

  private static void assertWrongType(GatewayHarness.Reply reply, String field, String expected) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
    assertThat(reply.json().get("detail").asText())
        .isEqualTo("field '" + field + "' has the wrong type; expected " + expected);
  }

  @Test
  void booleanNameIsRejected() throws Exception {
    var reply =
        gateway.send("POST", "/api/v1/instances", admin, Map.of("name", true, "source", source()));

    assertWrongType(reply, "name", "a string");
    assertThat(fake.requests().count("POST", ".*/instances")).isZero();
  }

  @Test
  void numberInConfigIsRejected() throws Exception {
    var reply =
        gateway.send(
            "POST",
            "/api/v1/instances",
            admin,
            Map.of("name", "c1", "source", source(), "config", Map.of("limits.cpu", 2)));

    assertWrongType(reply, "config.limits.cpu", "a string");
    assertThat(fake.requests().count("POST", ".*/instances")).isZero();
  }

  @Test
  void fractionInConfigIsRejected() throws Exception {
    var reply =
        gateway.send(
            "PATCH", "/api/v1/instances/c1", admin, Map.of("config", Map.of("limits.cpu", 1.5)));

    assertWrongType(reply, "config.limits.cpu", "a string");
  }

  @Test
  void numericCredentialsAreRejected() throws Exception {
    var reply =
        gateway.send(
            "POST",
            "/api/v1/auth/register",
            admin,
            Map.of("username", 12345678, "password", "reg-password-123"));

    assertWrongType(reply, "username", "a string");
  }

  @Test
  void stringWhereBooleanBelongsIsRejected() throws Exception {
    var reply =
        gateway.send(
            "PUT", "/api/v1/instances/c1/state", admin, Map.of("action", "stop", "force", "true"));

    assertWrongType(reply, "force", "a boolean");
  }

  @Test
  void stringWhereNumberBelongsIsRejected() throws Exception {
    var reply =
        gateway.send(
            "PUT", "/api/v1/instances/c1/state", admin, Map.of("action", "stop", "timeout", "30"));

    assertWrongType(reply, "timeout", "a number");
  }
}

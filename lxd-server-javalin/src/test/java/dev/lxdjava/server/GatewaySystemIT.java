package dev.lxdjava.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lxdjava.auth.Role;
import dev.lxdjava.testkit.LocalLxd;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** System routes over real LXD. */
@LocalLxd
class GatewaySystemIT {
  private static GatewayHarness gateway;
  private static String viewer;

  @BeforeAll
  static void startGateway() throws Exception {
    gateway = GatewayHarness.start();
    viewer = gateway.tokenFor("viewer1", Role.VIEWER);
  }

  @AfterAll
  static void stopGateway() throws Exception {
    gateway.close();
  }

  @Test
  void deepHealthIs200WhenLxdAnswers() throws Exception {
    var reply = gateway.send("GET", "/api/v1/system/health", null, null);

    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    assertThat(reply.json().at("/lxd/status").asText()).isEqualTo("ok");
  }

  @Test
  void infoIsLxdsApiRoot() throws Exception {
    var reply = gateway.send("GET", "/api/v1/system/info", viewer, null);

    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    assertThat(reply.json().get("api_version").asText()).isEqualTo("1.0");
    assertThat(reply.json().get("auth").asText()).isEqualTo("trusted");
    assertThat(reply.json().get("public").isBoolean()).isTrue();
    assertThat(reply.json().has("is_public")).isFalse();
    assertThat(reply.json().get("api_extensions").toString()).contains("\"instances\"");
    assertThat(reply.json().at("/environment/server_version").asText()).isNotEmpty();
  }

  @Test
  void resourcesAreLxdsHostHardware() throws Exception {
    var reply = gateway.send("GET", "/api/v1/system/resources", viewer, null);

    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    assertThat(reply.json().at("/cpu/total").asInt()).isPositive();
    assertThat(reply.json().at("/memory/total").asLong()).isPositive();
    assertThat(reply.json().has("storage")).isTrue();
  }

  @Test
  void infoNeedsToken() throws Exception {
    var reply = gateway.send("GET", "/api/v1/system/info", null, null);

    assertThat(reply.status()).isEqualTo(401);
  }
}

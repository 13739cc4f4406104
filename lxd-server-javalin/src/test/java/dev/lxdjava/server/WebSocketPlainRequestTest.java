package dev.lxdjava.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A plain HTTP request on a WebSocket route gets 426 with directions; needs no LXD. */
class WebSocketPlainRequestTest {
  private static GatewayHarness gateway;
  private static String token;

  @BeforeAll
  static void startGateway() throws Exception {
    gateway = GatewayHarness.startWithoutLxd(Map.of());
    token = gateway.login(GatewayHarness.ADMIN, GatewayHarness.ADMIN_PASSWORD);
  }

  @AfterAll
  static void stopGateway() throws Exception {
    gateway.close();
  }

  @Test
  void plainGetOnEventsGets426WithUpgradeHeader() throws Exception {

    var reply = gateway.send("GET", "/api/v1/events", token, null);

    assertThat(reply.status()).as(reply.toString()).isEqualTo(426);
    assertThat(reply.header("Upgrade")).isEqualTo("websocket");
    assertThat(reply.json().get("type").asText()).endsWith("upgrade-required");
    assertThat(reply.json().get("detail").asText()).contains("WebSocket upgrade");
  }

  @Test
  void plainGetOnExecPointsToPostForNonInteractiveRuns() throws Exception {

    var reply = gateway.send("GET", "/api/v1/instances/x/exec", token, null);

    assertThat(reply.status()).as(reply.toString()).isEqualTo(426);
    assertThat(reply.json().get("detail").asText())
        .contains("WebSocket upgrade")
        .contains("POST (run a command to its end)");
  }

  @Test
  void postOnExecStaysAnHttpRoute() throws Exception {

    var reply = gateway.send("POST", "/api/v1/instances/x/exec", token, Map.of());

    assertThat(reply.status()).as(reply.toString()).isNotEqualTo(426);
  }
}

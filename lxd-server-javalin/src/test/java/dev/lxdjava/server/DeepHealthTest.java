package dev.lxdjava.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Health checks with LXD down: a socket file without a listener. */
class DeepHealthTest {
  private static GatewayHarness gateway;

  @BeforeAll
  static void startGateway() throws Exception {
    gateway = GatewayHarness.startWithoutLxd(Map.of());
  }

  @AfterAll
  static void stopGateway() throws Exception {
    gateway.close();
  }

  @Test
  void deepHealthIs503WithReason() throws Exception {
    var reply = gateway.send("GET", "/api/v1/system/health", null, null);

    assertThat(reply.status()).isEqualTo(503);
    assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
    assertThat(reply.json().get("type").asText()).endsWith(":lxd-unreachable");
    assertThat(reply.json().get("detail").asText()).startsWith("LXD is not answering");
  }

  @Test
  void deepHealthGivesUpOnHungLxd() throws Exception {
    try (GatewayHarness hung = GatewayHarness.startWithHungLxd()) {
      long start = System.nanoTime();

      var reply = hung.send("GET", "/api/v1/system/health", null, null);

      long seconds = (System.nanoTime() - start) / 1_000_000_000L;
      assertThat(reply.status()).isEqualTo(503);
      assertThat(reply.json().get("detail").asText()).contains("within 5 s");
      assertThat(seconds).isLessThan(60);
    }
  }

  @Test
  void livenessIgnoresLxd() throws Exception {
    var reply = gateway.send("GET", "/health", null, null);

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.json().get("status").asText()).isEqualTo("ok");
  }
}

package dev.lxdjava.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lxdjava.auth.Role;
import dev.lxdjava.testkit.LocalLxd;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Open WebSockets learn that the gateway stops. */
@LocalLxd
class GatewayShutdownIT {

  @Test
  void stoppingGatewayClosesSocketsWithGoingAway() throws Exception {
    GatewayHarness gateway = GatewayHarness.start();
    String token = gateway.tokenFor("viewer1", Role.VIEWER);
    GatewaySocket events = gateway.socket("/api/v1/events?type=lifecycle", token);
    events.awaitType("subscribed", Duration.ofSeconds(15));

    gateway.close();

    assertThat(events.awaitClose(Duration.ofSeconds(15))).isEqualTo(1001);
  }
}

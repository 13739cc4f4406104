package dev.lxdjava.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lxdjava.auth.Role;
import dev.lxdjava.core.Lxd;
import dev.lxdjava.testkit.LocalLxd;
import dev.lxdjava.testkit.TestNames;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The events WebSocket of the gateway over real LXD. */
@LocalLxd
class GatewayEventsIT {
  private static final Duration WAIT = Duration.ofSeconds(30);

  private static GatewayHarness gateway;
  private static String adminToken;
  private static String viewerToken;

  private final Lxd lxd;
  private final String name = TestNames.unique();

  GatewayEventsIT(Lxd lxd) {
    this.lxd = lxd;
  }

  @BeforeAll
  static void startGateway() throws Exception {
    gateway = GatewayHarness.start();
    adminToken = gateway.login(GatewayHarness.ADMIN, GatewayHarness.ADMIN_PASSWORD);
    viewerToken = gateway.tokenFor("viewer1", Role.VIEWER);
  }

  @AfterAll
  static void stopGateway() throws Exception {
    gateway.close();
  }

  @AfterEach
  void deleteInstance() {
    var instance = lxd.instances().find(name);
    if (instance.isPresent()) {
      if (!instance.get().status().equals("Stopped")) {
        lxd.instances().stop(name, true).await();
      }
      lxd.instances().delete(name).await();
    }
  }

  private Predicate<JsonNode> lifecycle(String action) {
    return message ->
        message.path("type").asText().equals("lifecycle")
            && message.path("metadata").path("action").asText().equals(action)
            && message
                .path("metadata")
                .path("source")
                .asText()
                .startsWith("/1.0/instances/" + name);
  }

  private void changeState(String action) throws Exception {
    var reply =
        gateway.send(
            "PUT",
            "/api/v1/instances/" + name + "/state?wait=true",
            adminToken,
            Map.of("action", action, "force", true));
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
  }

  @Test
  void viewerReceivesInstanceLifecycle() throws Exception {
    try (GatewaySocket events = gateway.socket("/api/v1/events?type=lifecycle", viewerToken)) {
      var subscribed = events.awaitType("subscribed", WAIT);
      var created =
          gateway.send(
              "POST",
              "/api/v1/instances?wait=true",
              adminToken,
              Map.of(
                  "name", name, "source", Map.of("type", "image", "alias", TestNames.IMAGE_ALIAS)));
      assertThat(created.status()).as(created.toString()).isEqualTo(200);
      changeState("start");
      changeState("stop");
      gateway.send("DELETE", "/api/v1/instances/" + name + "?wait=true", adminToken, null);

      for (String action :
          List.of("instance-created", "instance-started", "instance-stopped", "instance-deleted")) {
        JsonNode event = events.awaitMessage(lifecycle(action), WAIT);
        assertThat(event.get("project").asText()).isEqualTo("default");
        assertThat(event.get("timestamp").asText()).isNotEmpty();
      }
      assertThat(subscribed.get("types").toString()).isEqualTo("[\"lifecycle\"]");
      assertThat(subscribed.get("project").asText()).isEqualTo("default");
      assertThat(events.messages())
          .filteredOn(m -> !m.get("type").asText().equals("subscribed"))
          .allMatch(m -> m.get("type").asText().equals("lifecycle"));
    }
  }

  @Test
  void invalidTypeClosesWith4400() throws Exception {
    try (GatewaySocket events = gateway.socket("/api/v1/events?type=everything", viewerToken)) {

      assertThat(events.awaitClose(WAIT)).isEqualTo(4400);
      assertThat(events.closeReason()).contains("event type");
    }
  }

  @Test
  void unknownProjectClosesWith4404() throws Exception {
    try (GatewaySocket events =
        gateway.socket("/api/v1/events?project=lxdjt-no-such-proj", adminToken)) {

      assertThat(events.awaitClose(WAIT)).isEqualTo(4404);
      assertThat(events.awaitType("error", WAIT).get("detail").asText())
          .isEqualTo("project 'lxdjt-no-such-proj' not found");
    }
  }

  @Test
  void unknownQueryParameterClosesWith4400NamingIt() throws Exception {
    try (GatewaySocket events = gateway.socket("/api/v1/events?bogus=1", viewerToken)) {

      assertThat(events.awaitClose(WAIT)).isEqualTo(4400);
      assertThat(events.awaitType("error", WAIT).get("detail").asText())
          .startsWith("unknown query parameter 'bogus'; this route accepts type, project");
      assertThat(events.messages()).noneMatch(m -> m.path("type").asText().equals("subscribed"));
    }
  }

  @Test
  void earlierGatewayPathStillServesEvents() throws Exception {
    try (GatewaySocket events =
        GatewaySocket.open(
            gateway.application().port(),
            "/api/v1/operations/ws?type=operation&token=" + viewerToken)) {
      events.awaitType("subscribed", WAIT);
      lxd.instances()
          .create(
              dev.lxdjava.core.instance.InstanceCreate.builder(name)
                  .image(TestNames.IMAGE_ALIAS)
                  .build())
          .await();

      JsonNode operation = events.awaitType("operation", WAIT);

      assertThat(operation.path("metadata").path("id").asText()).isNotEmpty();
    }
  }
}

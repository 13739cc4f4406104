package dev.lxdjava.testkit.fake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lxdjava.testkit.WithFakeLxd;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@WithFakeLxd
class FakeEventsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final FakeLxd fake;
  private final RawLxd lxd;

  FakeEventsTest(FakeLxd fake) throws Exception {
    this.fake = fake;
    this.lxd = new RawLxd(fake);
  }

  @BeforeEach
  void reset() {
    fake.reset();
  }

  @AfterEach
  void close() throws Exception {
    lxd.close();
  }

  /** The events received so far, waiting briefly for more. */
  private static List<JsonNode> drain(Frames frames) throws Exception {
    List<JsonNode> events = new ArrayList<>();
    Frames.Frame frame;
    while ((frame = frames.poll(300)) != null) {
      events.add(JSON.readTree(frame.data()));
    }
    return events;
  }

  private static List<String> actions(List<JsonNode> events) {
    return events.stream()
        .filter(event -> event.get("type").asText().equals("lifecycle"))
        .map(event -> event.get("metadata").get("action").asText())
        .toList();
  }

  @Test
  void lifecycleEventsAreFilteredByProject() throws Exception {
    lxd.send(
        "POST",
        "/1.0/projects",
        Map.of(
            "name",
            "p1",
            "config",
            Map.of("features.profiles", "false", "features.images", "false")));
    Frames inDefault = lxd.webSocket("/1.0/events?type=lifecycle");
    Frames inP1 = lxd.webSocket("/1.0/events?type=lifecycle&project=p1");
    Frames everywhere = lxd.webSocket("/1.0/events?type=lifecycle&all-projects=true");

    lxd.run(
        "POST",
        "/1.0/instances?project=p1",
        Map.of("name", "c1", "source", Map.of("type", "image", "alias", FakeLxd.IMAGE_ALIAS)));

    assertThat(actions(drain(inDefault))).doesNotContain("instance-created");
    List<JsonNode> p1 = drain(inP1);
    assertThat(actions(p1)).contains("instance-created");
    assertThat(p1.get(0).get("project").asText()).isEqualTo("p1");
    assertThat(p1.get(0).get("metadata").get("source").asText())
        .isEqualTo("/1.0/instances/c1?project=p1");
    assertThat(actions(drain(everywhere))).contains("instance-created");
    assertThat(inP1.pings()).contains("keepalive");
  }

  @Test
  void operationEventsFollowPendingRunningSuccess() throws Exception {
    Frames operations = lxd.webSocket("/1.0/events?type=operation");

    lxd.run(
        "POST",
        "/1.0/instances",
        Map.of("name", "c1", "source", Map.of("type", "image", "alias", FakeLxd.IMAGE_ALIAS)));

    List<String> statuses =
        drain(operations).stream().map(e -> e.get("metadata").get("status").asText()).toList();
    assertThat(statuses).containsExactly("Pending", "Running", "Success");
  }

  @Test
  void unsupportedTypeAndUnknownProjectAreRefused() throws Exception {
    RawLxd.Reply badType =
        lxd.send(
            "GET",
            "/1.0/events?type=bogus",
            null,
            Map.of(
                "Upgrade",
                "websocket",
                "Connection",
                "Upgrade",
                "Sec-WebSocket-Version",
                "13",
                "Sec-WebSocket-Key",
                "dGhlIHNhbXBsZSBub25jZQ=="));
    RawLxd.Reply plain = lxd.get("/1.0/events");

    assertThat(badType.status()).isEqualTo(500);
    assertThat(badType.json().get("error").asText())
        .isEqualTo("\"bogus\" isn't a supported event type");
    assertThat(plain.status()).isEqualTo(400);
  }

  @Test
  void restartDropsListenersThatCanReconnect() throws Exception {
    Frames before = lxd.webSocket("/1.0/events?type=lifecycle");

    fake.restart(java.time.Duration.ofMillis(100));
    Frames after = lxd.webSocket("/1.0/events?type=lifecycle");
    lxd.send("POST", "/1.0/profiles", Map.of("name", "p2"));

    assertThat(before.awaitClose()).isTrue();
    assertThat(actions(drain(after))).contains("profile-created");
  }

  @Test
  void loggingEventsGoOnlyToLoggingListeners() throws Exception {
    Frames logging = lxd.webSocket("/1.0/events?type=logging");
    Frames operations = lxd.webSocket("/1.0/events?type=operation");

    lxd.get("/1.0/instances");

    List<JsonNode> logged = drain(logging);
    assertThat(logged).isNotEmpty();
    assertThat(logged.get(logged.size() - 1).get("metadata").get("message").asText())
        .isEqualTo("Handling API request");
    assertThat(logged.get(logged.size() - 1).has("project")).isFalse();
    assertThat(drain(operations)).isEmpty();
  }
}

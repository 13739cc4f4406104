package dev.lxdjava.testkit.fake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Operations: wait with timeouts, listing by status, cancel, retention, faults. */
class FakeOperationsTest {
  private FakeLxd fake;
  private RawLxd lxd;

  @BeforeEach
  void start() throws Exception {
    fake = FakeLxd.builder().tls(false).operationRetention(Duration.ofMillis(300)).start();
    lxd = new RawLxd(fake);
  }

  @AfterEach
  void stop() throws Exception {
    lxd.close();
    fake.close();
  }

  private RawLxd.Reply createInstance(String name) throws Exception {
    return lxd.send(
        "POST",
        "/1.0/instances",
        Map.of("name", name, "source", Map.of("type", "image", "alias", FakeLxd.IMAGE_ALIAS)));
  }

  @Test
  void waitTimesOutWhileOperationRuns() throws Exception {
    fake.faults().delayOperations(Duration.ofSeconds(3));
    String url = createInstance("c1").json().get("operation").asText();

    long started = System.nanoTime();
    JsonNode running = lxd.get(url + "/wait?timeout=1").metadata();
    long elapsedMs = (System.nanoTime() - started) / 1_000_000;

    assertThat(running.get("status").asText()).isEqualTo("Running");
    assertThat(elapsedMs).isGreaterThanOrEqualTo(900);
  }

  @Test
  void listGroupsOperationsByStatus() throws Exception {
    fake.faults().delayOperations(Duration.ofSeconds(2));
    createInstance("c1");

    JsonNode byStatus = lxd.get("/1.0/operations?recursion=1").metadata();
    JsonNode urls = lxd.get("/1.0/operations").metadata();

    assertThat(byStatus.get("running").get(0).get("description").asText())
        .isEqualTo("Creating instance");
    assertThat(urls.get("running").get(0).asText()).startsWith("/1.0/operations/");
  }

  @Test
  void finishedOperationIsForgottenAfterRetention() throws Exception {
    RawLxd.Reply reply = createInstance("c1");
    String url = reply.json().get("operation").asText();
    lxd.await(reply);

    Thread.sleep(600);
    RawLxd.Reply gone = lxd.get(url);

    assertThat(gone.status()).isEqualTo(404);
    assertThat(gone.json().get("error").asText()).isEqualTo("Operation not found");
  }

  @Test
  void cancellingTaskIsRefusedLikeLxd() throws Exception {
    fake.faults().delayOperations(Duration.ofSeconds(2));
    String url = createInstance("c1").json().get("operation").asText();

    RawLxd.Reply cancel = lxd.send("DELETE", url, null);

    assertThat(cancel.status()).isEqualTo(400);
    assertThat(cancel.json().get("error").asText()).isEqualTo("This operation can't be cancelled");
  }

  @Test
  void tokenOperationCanBeCancelled() throws Exception {
    FakeLxd withTls = FakeLxd.start();
    try (RawLxd tls = new RawLxd(withTls)) {
      RawLxd.Reply token =
          tls.send("POST", "/1.0/certificates", Map.of("name", "client1", "token", true));
      String url = token.json().get("operation").asText();

      RawLxd.Reply cancel = tls.send("DELETE", url, null);
      JsonNode after = tls.get(url).metadata();

      assertThat(token.metadata().get("class").asText()).isEqualTo("token");
      assertThat(token.metadata().get("may_cancel").asBoolean()).isTrue();
      assertThat(cancel.status()).isEqualTo(200);
      assertThat(after.get("status").asText()).isEqualTo("Cancelled");
    } finally {
      withTls.close();
    }
  }

  @Test
  void nonIntegerTimeoutIsRejectedLikeLxd() throws Exception {
    fake.faults().delayOperations(Duration.ofSeconds(1));
    String url = createInstance("c1").json().get("operation").asText();

    RawLxd.Reply reply = lxd.get(url + "/wait?timeout=1.5");

    assertThat(reply.status()).isEqualTo(500);
    assertThat(reply.json().get("error").asText())
        .isEqualTo("strconv.Atoi: parsing \"1.5\": invalid syntax");
  }

  @Test
  void failNextAnswersMatchingRequestsThenStops() throws Exception {
    fake.faults().failNext(2, "GET", "/1.0/instances/*", 503, "maintenance");

    RawLxd.Reply first = lxd.get("/1.0/instances/c1");
    RawLxd.Reply second = lxd.get("/1.0/instances/c1");
    RawLxd.Reply third = lxd.get("/1.0/instances/c1");
    RawLxd.Reply other = lxd.get("/1.0/instances");

    assertThat(first.status()).isEqualTo(503);
    assertThat(first.json().get("error").asText()).isEqualTo("maintenance");
    assertThat(second.status()).isEqualTo(503);
    assertThat(third.json().get("error").asText()).isEqualTo("Instance not found");
    assertThat(other.status()).isEqualTo(200);
  }

  @Test
  void latencyDelaysReplies() throws Exception {
    fake.faults().latency(Duration.ofMillis(300));

    long started = System.nanoTime();
    lxd.get("/1.0");
    long elapsedMs = (System.nanoTime() - started) / 1_000_000;
    fake.faults().clear();

    assertThat(elapsedMs).isGreaterThanOrEqualTo(300);
  }

  @Test
  void operationInOtherProjectCarriesProjectInUrl() throws Exception {
    lxd.send(
        "POST",
        "/1.0/projects",
        Map.of(
            "name",
            "p1",
            "config",
            Map.of("features.profiles", "false", "features.images", "false")));

    RawLxd.Reply reply =
        lxd.send(
            "POST",
            "/1.0/instances?project=p1",
            Map.of("name", "c1", "source", Map.of("type", "image", "alias", FakeLxd.IMAGE_ALIAS)));

    assertThat(reply.json().get("operation").asText()).endsWith("?project=p1");
    assertThat(lxd.await(reply).get("status").asText()).isEqualTo("Success");
    assertThat(lxd.get("/1.0/operations?project=default").metadata().toString())
        .doesNotContain(reply.metadata().get("id").asText());
  }
}

package dev.lxdjava.testkit.fake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lxdjava.testkit.WithFakeLxd;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@WithFakeLxd
class FakeServerTest {
  private final FakeLxd fake;
  private final RawLxd lxd;

  FakeServerTest(FakeLxd fake) throws Exception {
    this.fake = fake;
    this.lxd = new RawLxd(fake);
  }

  @AfterEach
  void close() throws Exception {
    lxd.close();
  }

  @Test
  void rootListsApiVersion() throws Exception {
    RawLxd.Reply reply = lxd.get("/");

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.metadata().get(0).asText()).isEqualTo("/1.0");
  }

  @Test
  void serverInfoIsTrustedOnSocket() throws Exception {
    RawLxd.Reply reply = lxd.get("/1.0");

    JsonNode envelope = reply.json();
    assertThat(envelope.get("type").asText()).isEqualTo("sync");
    assertThat(envelope.get("status_code").asInt()).isEqualTo(200);
    assertThat(envelope.get("error_code").asInt()).isZero();
    assertThat(reply.metadata().get("auth").asText()).isEqualTo("trusted");
    assertThat(reply.metadata().get("environment").get("server_version").asText())
        .isEqualTo("5.0.2");
    assertThat(reply.metadata().get("api_extensions").toString())
        .contains("\"instances\"", "\"etag\"");
    assertThat(reply.header("ETag")).startsWith("\"");
  }

  @Test
  void unknownPathGivesErrorEnvelope() throws Exception {
    RawLxd.Reply reply = lxd.get("/1.0/nothing");

    assertThat(reply.status()).isEqualTo(404);
    assertThat(reply.json().get("type").asText()).isEqualTo("error");
    assertThat(reply.json().get("error_code").asInt()).isEqualTo(404);
    assertThat(reply.json().get("status_code").asInt()).isZero();
    assertThat(reply.json().get("error").asText()).isEqualTo("not found");
  }

  @Test
  void wrongMethodOnKnownPathGives501() throws Exception {
    RawLxd.Reply reply = lxd.send("DELETE", "/1.0/instances", null);

    assertThat(reply.status()).isEqualTo(501);
    assertThat(reply.json().get("error").asText()).isEqualTo("not implemented");
  }

  @Test
  void bodyThatIsNotJsonGives400() throws Exception {
    RawLxd.Reply reply =
        lxd.send(
            "POST",
            "/1.0/instances",
            "{bad".getBytes(),
            Map.of("Content-Type", "application/json"));

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().get("error_code").asInt()).isEqualTo(400);
  }

  @Test
  void serverConfigUpdateChecksEtag() throws Exception {
    RawLxd.Reply stale =
        lxd.send(
            "PATCH",
            "/1.0",
            Map.of("config", Map.of("images.auto_update_interval", "0")),
            Map.of("If-Match", "\"x\""));
    RawLxd.Reply patched =
        lxd.send("PATCH", "/1.0", Map.of("config", Map.of("images.auto_update_interval", "0")));

    assertThat(stale.status()).isEqualTo(412);
    assertThat(stale.json().get("error").asText()).startsWith("ETag doesn't match: ");
    assertThat(patched.status()).isEqualTo(200);
    assertThat(lxd.get("/1.0").metadata().get("config").get("images.auto_update_interval").asText())
        .isEqualTo("0");
  }

  @Test
  void requestsAreRecordedWithQuery() throws Exception {
    fake.requests().clear();

    lxd.get("/1.0/instances?recursion=2&project=default");

    RecordedRequest request = fake.requests().last();
    assertThat(request.method()).isEqualTo("GET");
    assertThat(request.path()).isEqualTo("/1.0/instances");
    assertThat(request.param("recursion")).isEqualTo("2");
    assertThat(request.project()).isEqualTo("default");
    assertThat(request.status()).isEqualTo(200);
    assertThat(fake.requests().count("GET", "/1.0/instances")).isEqualTo(1);
  }
}

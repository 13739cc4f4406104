package dev.lxdjava.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lxdjava.auth.Role;
import java.net.http.HttpRequest;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Requests rejected before any LXD call: unknown or invalid query parameters, wrong content types,
 * oversized bodies, unknown routes and methods. Each response is a problem document with the
 * request id. Needs no LXD.
 */
class RequestChecksTest {
  private static GatewayHarness gateway;
  private static String admin;

  @BeforeAll
  static void startGateway() throws Exception {
    gateway = GatewayHarness.startWithoutLxd(Map.of());
    admin = gateway.tokenFor("checker", Role.ADMIN);
  }

  @AfterAll
  static void stopGateway() throws Exception {
    gateway.close();
  }

  private static void assertProblem(GatewayHarness.Reply reply, int status, String type) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
    assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
    assertThat(reply.json().get("type").asText()).isEqualTo("urn:lxd-gateway:problem:" + type);
    assertThat(reply.json().get("request_id").asText()).isEqualTo(reply.header("X-Request-ID"));
  }

  @Test
  void unknownQueryParameterIsNamed() throws Exception {
    var reply = gateway.send("GET", "/api/v1/instances?recursion=2", admin, null);

    assertProblem(reply, 400, "validation");
    assertThat(reply.json().get("parameter").asText()).isEqualTo("recursion");
    assertThat(reply.json().get("detail").asText()).contains("'recursion'").contains("expand");
  }

  @Test
  void repeatedQueryParameterIsRejected() throws Exception {
    var reply = gateway.send("GET", "/api/v1/instances?limit=1&limit=2", admin, null);

    assertProblem(reply, 400, "validation");
    assertThat(reply.json().get("detail").asText()).contains("'limit' is given 2 times");
  }

  @Test
  void outOfRangeLimitIsNamed() throws Exception {
    var reply = gateway.send("GET", "/api/v1/instances?limit=0", admin, null);

    assertProblem(reply, 400, "validation");
    assertThat(reply.json().get("parameter").asText()).isEqualTo("limit");
    assertThat(reply.json().get("detail").asText()).contains("between 1 and 1000");
  }

  @Test
  void emptyProjectIsRejected() throws Exception {
    var reply = gateway.send("GET", "/api/v1/instances?project=", admin, null);

    assertProblem(reply, 400, "validation");
    assertThat(reply.json().get("parameter").asText()).isEqualTo("project");
    assertThat(reply.json().get("detail").asText()).contains("must not be empty");
  }

  @Test
  void longValueIsCutInDetail() throws Exception {
    String name = "a".repeat(5000);

    var reply =
        gateway.send(
            "POST",
            "/api/v1/instances",
            admin,
            Map.of("name", name, "source", Map.of("type", "image", "alias", "x")));

    assertProblem(reply, 400, "validation");
    String detail = reply.json().get("detail").asText();
    assertThat(detail).contains("'" + "a".repeat(100) + "…'");
    assertThat(detail).hasSizeLessThan(300);
  }

  @Test
  void emptyReplyHasNoContentType() throws Exception {
    var reply =
        gateway.send("POST", "/api/v1/auth/logout", admin, Map.of("refresh_token", "unknown"));

    assertThat(reply.status()).as(reply.toString()).isEqualTo(204);
    assertThat(reply.header("Content-Type")).isNull();
  }

  @Test
  void invalidNameNamesBodyField() throws Exception {
    var reply =
        gateway.send(
            "POST",
            "/api/v1/instances",
            admin,
            Map.of("name", "-bad", "source", Map.of("type", "image", "alias", "x")));

    assertProblem(reply, 400, "validation");
    assertThat(reply.json().get("field").asText()).isEqualTo("name");
  }

  @Test
  void invalidActionNamesBodyField() throws Exception {
    var reply = gateway.send("PUT", "/api/v1/instances/c1/state", admin, Map.of("action", "jump"));

    assertProblem(reply, 400, "validation");
    assertThat(reply.json().get("field").asText()).isEqualTo("action");
  }

  @Test
  void invalidPathNameNamesParameter() throws Exception {
    var reply = gateway.send("GET", "/api/v1/instances/-bad", admin, null);

    assertProblem(reply, 400, "validation");
    assertThat(reply.json().get("field").asText()).isEqualTo("name");
  }

  @Test
  void malformedFilterIsNamed() throws Exception {
    var reply = gateway.send("GET", "/api/v1/instances?filter=status%20eq", admin, null);

    assertProblem(reply, 400, "validation");
    assertThat(reply.json().get("parameter").asText()).isEqualTo("filter");
    assertThat(reply.json().get("detail").asText()).contains("key op value");
  }

  @Test
  void invalidInstanceTypeIsNamed() throws Exception {
    var reply = gateway.send("GET", "/api/v1/instances?instance-type=vm", admin, null);

    assertProblem(reply, 400, "validation");
    assertThat(reply.json().get("detail").asText()).contains("container, virtual-machine");
  }

  @Test
  void encodedSlashInProjectIsRejected() throws Exception {
    var reply = gateway.send("GET", "/api/v1/instances?project=..%252Fdefault", admin, null);

    assertProblem(reply, 400, "validation");
    assertThat(reply.json().get("parameter").asText()).isEqualTo("project");
  }

  @Test
  void queryIsCheckedAfterAuthentication() throws Exception {
    var reply = gateway.send("GET", "/api/v1/instances?bogus=1", null, null);

    assertProblem(reply, 401, "unauthorized");
  }

  @Test
  void nonJsonBodyIs415() throws Exception {
    var request =
        HttpRequest.newBuilder(gateway.uri("/api/v1/instances"))
            .header("Authorization", "Bearer " + admin)
            .header("Content-Type", "text/plain")
            .POST(HttpRequest.BodyPublishers.ofString("name=x"))
            .build();

    var reply = gateway.send(request);

    assertProblem(reply, 415, "unsupported-media-type");
    assertThat(reply.json().get("detail").asText()).contains("application/json");
  }

  @Test
  void bodyOverOneMebibyteIs413() throws Exception {
    byte[] body = new byte[1024 * 1024 + 1];
    java.util.Arrays.fill(body, (byte) ' ');
    var request =
        HttpRequest.newBuilder(gateway.uri("/api/v1/instances"))
            .header("Authorization", "Bearer " + admin)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();

    var reply = gateway.send(request);

    assertProblem(reply, 413, "body-too-large");
    assertThat(reply.json().get("detail").asText()).contains("1048576");
  }

  @Test
  void chunkedBodyOverOneMebibyteIs413() throws Exception {
    byte[] chunk = new byte[64 * 1024];
    java.util.Arrays.fill(chunk, (byte) ' ');
    var chunks = java.util.Collections.nCopies(17, chunk);
    var request =
        HttpRequest.newBuilder(gateway.uri("/api/v1/instances"))
            .header("Authorization", "Bearer " + admin)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArrays(chunks))
            .build();

    var reply = gateway.send(request);

    assertProblem(reply, 413, "body-too-large");
  }

  @Test
  void unknownRouteIs404Problem() throws Exception {
    var reply = gateway.send("GET", "/api/v1/no-such-thing", admin, null);

    assertProblem(reply, 404, "not-found");
    assertThat(reply.json().get("instance").asText()).isEqualTo("/api/v1/no-such-thing");
  }

  @Test
  void wrongMethodIs405WithAllowHeader() throws Exception {
    var reply = gateway.send("PATCH", "/health", null, null);

    assertProblem(reply, 405, "method-not-allowed");
    assertThat(reply.header("Allow")).contains("GET");
    assertThat(reply.json().get("allowed_methods").asText()).contains("GET");
  }

  @Test
  void headOnPublicRouteIs200() throws Exception {
    var reply = gateway.send("HEAD", "/health", null, null);

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.body()).isEmpty();
  }

  @Test
  void headOnProtectedRouteNeedsToken() throws Exception {
    var reply = gateway.send("HEAD", "/api/v1/auth/me", null, null);

    assertThat(reply.status()).isEqualTo(401);
  }

  @Test
  void safeClientRequestIdIsEchoed() throws Exception {
    var request =
        HttpRequest.newBuilder(gateway.uri("/api/v1/nothing"))
            .header("X-Request-ID", "client-id_1.2:3")
            .build();

    var reply = gateway.send(request);

    assertThat(reply.header("X-Request-ID")).isEqualTo("client-id_1.2:3");
    assertThat(reply.json().get("request_id").asText()).isEqualTo("client-id_1.2:3");
  }

  @Test
  void unsafeClientRequestIdIsReplaced() throws Exception {
    String tooLong = "x".repeat(65);
    var request =
        HttpRequest.newBuilder(gateway.uri("/health")).header("X-Request-ID", tooLong).build();

    var reply = gateway.send(request);

    assertThat(reply.header("X-Request-ID")).isNotEqualTo(tooLong).hasSize(36);
  }

  @Test
  void unknownWebSocketPathIs404Problem() throws Exception {
    String upgrade =
        "GET /api/v1/no-socket HTTP/1.1\r\n"
            + "Host: 127.0.0.1\r\n"
            + "Upgrade: websocket\r\n"
            + "Connection: Upgrade\r\n"
            + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
            + "Sec-WebSocket-Version: 13\r\n"
            + "X-Request-ID: upgrade-1\r\n"
            + "\r\n";

    String response = gateway.sendRaw(upgrade);

    assertThat(response).startsWith("HTTP/1.1 404");
    assertThat(response).containsIgnoringCase("X-Request-ID: upgrade-1");
    assertThat(response)
        .contains("application/problem+json")
        .contains("\"request_id\":\"upgrade-1\"");
  }
}

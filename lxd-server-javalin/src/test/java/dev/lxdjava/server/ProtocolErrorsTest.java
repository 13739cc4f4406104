package dev.lxdjava.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Requests that Jetty rejects before routing still get a problem document, not an HTML page. Sent
 * over a raw socket, since HTTP clients refuse to send such requests. Needs no LXD.
 */
class ProtocolErrorsTest {
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
  void oversizedHeadersGetProblem431() throws Exception {
    String request =
        "GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Padding: "
            + "a".repeat(64 * 1024)
            + "\r\nConnection: close\r\n\r\n";

    String reply = gateway.sendRaw(request);

    assertThat(reply).startsWith("HTTP/1.1 431");
    assertThat(reply).containsIgnoringCase("Content-Type: application/problem+json");
    assertThat(reply).contains("\"type\":\"urn:lxd-gateway:problem:headers-too-large\"");
    assertThat(reply).containsIgnoringCase("X-Request-ID: ");
  }

  @Test
  void malformedRequestLineGetsProblem400() throws Exception {
    String request = "GET /api/v1/a b c HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n";

    String reply = gateway.sendRaw(request);

    assertThat(reply).startsWith("HTTP/1.1 400");
    assertThat(reply).containsIgnoringCase("Content-Type: application/problem+json");
    assertThat(reply).contains("\"type\":\"urn:lxd-gateway:problem:bad-request\"");
  }

  @Test
  void tooLongUriGetsProblemWithoutInstance() throws Exception {
    String request =
        "GET /api/v1/"
            + "a".repeat(70 * 1024)
            + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n";

    String reply = gateway.sendRaw(request);

    assertThat(reply).startsWith("HTTP/1.1 414");
    assertThat(reply).contains("\"type\":\"urn:lxd-gateway:problem:uri-too-long\"");
    assertThat(reply).doesNotContain("badMessage");
    assertThat(reply).doesNotContain("\"instance\"");
  }
}

package dev.lxdjava.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lxdjava.auth.Role;
import dev.lxdjava.core.Lxd;
import dev.lxdjava.testkit.BusyboxContainer;
import dev.lxdjava.testkit.LocalLxd;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code POST /api/v1/instances/{name}/exec} over real LXD. */
@LocalLxd
class GatewayExecIT {
  private static GatewayHarness gateway;
  private static String operatorToken;
  private static String viewerToken;
  private static BusyboxContainer container;

  @BeforeAll
  static void start(Lxd lxd) throws Exception {
    gateway = GatewayHarness.start();
    operatorToken = gateway.tokenFor("operator1", Role.OPERATOR);
    viewerToken = gateway.tokenFor("viewer1", Role.VIEWER);
    container = BusyboxContainer.start(lxd);
  }

  @AfterAll
  static void stop() throws Exception {
    if (container != null) {
      container.close();
    }
    gateway.close();
  }

  private GatewayHarness.Reply exec(String token, Map<String, Object> body) throws Exception {
    return gateway.send("POST", "/api/v1/instances/" + container.name() + "/exec", token, body);
  }

  @Test
  void returnsExitCodeAndSeparateStreams() throws Exception {
    var reply =
        exec(
            operatorToken,
            Map.of("command", List.of("sh", "-c", "echo out; echo err >&2; exit 4")));

    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    assertThat(reply.json().get("exit_code").asInt()).isEqualTo(4);
    assertThat(reply.json().get("stdout").asText()).isEqualTo("out\n");
    assertThat(reply.json().get("stderr").asText()).isEqualTo("err\n");
    assertThat(reply.json().get("timed_out").asBoolean()).isFalse();
  }

  @Test
  void stdinReachesTheCommand() throws Exception {
    var reply = exec(operatorToken, Map.of("command", List.of("cat"), "stdin", "hello\n"));

    assertThat(reply.json().get("stdout").asText()).isEqualTo("hello\n");
  }

  @Test
  void base64CarriesBinaryBothWays() throws Exception {
    var reply =
        exec(
            operatorToken,
            Map.of("command", List.of("cat"), "stdin", "AAH/", "encoding", "base64"));

    assertThat(reply.json().get("stdout").asText()).isEqualTo("AAH/");
  }

  @Test
  void timeoutKillsTheCommand() throws Exception {
    var reply = exec(operatorToken, Map.of("command", List.of("sleep", "30"), "timeout", 1));

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.json().get("timed_out").asBoolean()).isTrue();
    assertThat(reply.json().get("exit_code").asInt()).isEqualTo(137);
  }

  @Test
  void silentCommandOutlastsConnectionIdleTimeout() throws Exception {
    var reply = exec(operatorToken, Map.of("command", List.of("sleep", "35"), "timeout", 60));

    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    assertThat(reply.json().get("exit_code").asInt()).isZero();
  }

  @Test
  void outputBeyondCapIsTruncated() throws Exception {
    var reply =
        exec(
            operatorToken,
            Map.of("command", List.of("sh", "-c", "yes | head -c 5000"), "max_output_bytes", 10));

    assertThat(reply.json().get("truncated").asBoolean()).isTrue();
    assertThat(reply.json().get("stdout").asText()).hasSize(10);
  }

  @Test
  void missingProgramIs400WithLxdMessage() throws Exception {
    var reply = exec(operatorToken, Map.of("command", List.of("/no/such/program")));

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().get("detail").asText()).contains("not found");
  }

  @Test
  void interactiveIsRefusedWithPointerToWebSocket() throws Exception {
    var reply = exec(operatorToken, Map.of("command", List.of("sh"), "interactive", true));

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().get("detail").asText()).contains("WebSocket");
  }

  @Test
  void timeoutOutOfRangeIs400() throws Exception {
    var reply = exec(operatorToken, Map.of("command", List.of("true"), "timeout", 0));

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().get("detail").asText()).contains("'timeout'");
  }

  @Test
  void viewerMayNotExec() throws Exception {
    var reply = exec(viewerToken, Map.of("command", List.of("true")));

    assertThat(reply.status()).isEqualTo(403);
  }
}

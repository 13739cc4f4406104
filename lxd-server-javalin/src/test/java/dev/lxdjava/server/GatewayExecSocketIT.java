package dev.lxdjava.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lxdjava.auth.Role;
import dev.lxdjava.core.Lxd;
import dev.lxdjava.core.exec.ExecRequest;
import dev.lxdjava.testkit.BusyboxContainer;
import dev.lxdjava.testkit.LocalLxd;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The exec and console WebSockets of the gateway, used as a browser would, over real LXD. */
@LocalLxd
class GatewayExecSocketIT {
  private static final Duration WAIT = Duration.ofSeconds(15);

  private static GatewayHarness gateway;
  private static String operatorToken;
  private static String viewerToken;
  private static BusyboxContainer container;

  private final Lxd lxd;

  GatewayExecSocketIT(Lxd lxd) {
    this.lxd = lxd;
  }

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

  private String execPath() {
    return "/api/v1/instances/" + container.name() + "/exec";
  }

  private GatewaySocket shell() throws Exception {
    GatewaySocket socket = gateway.socket(execPath(), operatorToken);
    socket.sendJson(
        Map.of(
            "type",
            "start",
            "command",
            List.of("sh"),
            "environment",
            Map.of("TERM", "xterm"),
            "interactive",
            true,
            "width",
            80,
            "height",
            24));
    socket.awaitType("started", WAIT);
    return socket;
  }

  @Test
  void interactiveShellResizesRunsAndExitsWithZero() throws Exception {
    try (GatewaySocket socket = shell()) {
      socket.sendJson(Map.of("type", "resize", "width", 120, "height", 40));
      socket.sendStdin("stty size\n");
      socket.awaitOutput(1, "40 120", WAIT);

      socket.sendStdin("echo answer-$((6*7))\n");
      socket.awaitOutput(1, "answer-42", WAIT);
      socket.sendStdin("\u0004");

      var exit = socket.awaitType("exit", WAIT);
      assertThat(exit.get("exit_code").asInt()).isZero();
      assertThat(socket.awaitClose(WAIT)).isEqualTo(1000);
    }
  }

  @Test
  void sigtermEndsShellWith143() throws Exception {
    try (GatewaySocket socket = gateway.socket(execPath(), operatorToken)) {
      socket.sendJson(
          Map.of("type", "start", "command", List.of("sh", "-c", "echo ready; sleep 600")));
      socket.awaitOutput(1, "ready", WAIT);

      socket.sendJson(Map.of("type", "signal", "signal", 15));

      assertThat(socket.awaitType("exit", WAIT).get("exit_code").asInt()).isEqualTo(143);
      assertThat(socket.awaitClose(WAIT)).isEqualTo(1000);
    }
  }

  @Test
  void silentSessionStaysOpenPastIdleTimeouts() throws Exception {
    try (GatewaySocket socket = gateway.socket(execPath(), operatorToken)) {
      socket.sendJson(
          Map.of("type", "start", "command", List.of("sh", "-c", "sleep 35; echo still-here")));

      socket.awaitOutput(1, "still-here", Duration.ofSeconds(60));

      assertThat(socket.awaitType("exit", WAIT).get("exit_code").asInt()).isZero();
    }
  }

  @Test
  void nonInteractiveKeepsStreamsApartAndEndsStdin() throws Exception {
    try (GatewaySocket socket = gateway.socket(execPath(), operatorToken)) {
      socket.sendJson(
          Map.of(
              "type",
              "start",
              "interactive",
              false,
              "command",
              List.of("sh", "-c", "cat; echo err >&2; exit 3")));
      socket.awaitType("started", WAIT);

      socket.sendStdin("hello\n");
      socket.sendJson(Map.of("type", "stdin-eof"));

      assertThat(socket.awaitType("exit", WAIT).get("exit_code").asInt()).isEqualTo(3);
      assertThat(socket.output(1)).isEqualTo("hello\n");
      assertThat(socket.output(2)).isEqualTo("err\n");
    }
  }

  @Test
  void clientDisconnectKillsTheCommand() throws Exception {
    String marker = "4243" + System.nanoTime() % 1000;
    GatewaySocket socket = shell();
    socket.sendStdin("echo ready; sleep " + marker + "\n");
    socket.awaitOutput(1, "ready", WAIT);

    socket.abort();

    long deadline = System.nanoTime() + WAIT.toNanos();
    String processes;
    do {
      Thread.sleep(200);
      processes = lxd.exec().run(container.name(), ExecRequest.of("ps", "-o", "args")).stdoutText();
    } while (processes.contains("sleep " + marker) && System.nanoTime() < deadline);
    assertThat(processes).doesNotContain("sleep " + marker);
  }

  /**
   * The shell stands in for bash, which hangs up its jobs on SIGHUP; busybox's sh does not, and a
   * SIGKILL to the shell alone would leave the job running and LXD's operation open.
   */
  @Test
  void clientDisconnectHangsUpTheSessionAndEndsTheOperation() throws Exception {
    String marker = "4244" + System.nanoTime() % 1000;
    GatewaySocket socket = gateway.socket(execPath(), operatorToken);
    socket.sendJson(
        Map.of(
            "type",
            "start",
            "command",
            List.of(
                "sh",
                "-c",
                "set -m; sleep "
                    + marker
                    + " & trap 'kill $!; exit 0' HUP; echo ready; while true; do sleep 0.2; done")));
    String operationId = socket.awaitType("started", WAIT).get("operation_id").asText();
    socket.awaitOutput(1, "ready", WAIT);

    socket.abort();

    long deadline = System.nanoTime() + WAIT.toNanos();
    String processes;
    do {
      Thread.sleep(200);
      processes = lxd.exec().run(container.name(), ExecRequest.of("ps", "-o", "args")).stdoutText();
    } while (processes.contains("sleep " + marker) && System.nanoTime() < deadline);
    assertThat(processes).doesNotContain("sleep " + marker);
    var operation = lxd.operations().find(operationId);
    deadline = System.nanoTime() + WAIT.toNanos();
    while (operation.isPresent()
        && !operation.get().status().isFinal()
        && System.nanoTime() < deadline) {
      Thread.sleep(200);
      operation = lxd.operations().find(operationId);
    }
    assertThat(operation.map(op -> op.status().isFinal()).orElse(true)).isTrue();
  }

  @Test
  void pastedInputOfTwoHundredKibArrivesWhole() throws Exception {
    try (GatewaySocket socket = gateway.socket(execPath(), operatorToken)) {
      socket.sendJson(
          Map.of("type", "start", "interactive", false, "command", List.of("wc", "-c")));
      socket.awaitType("started", WAIT);

      socket.sendStdin("x".repeat(200 * 1024));
      socket.sendJson(Map.of("type", "stdin-eof"));

      assertThat(socket.awaitType("exit", WAIT).get("exit_code").asInt()).isZero();
      assertThat(socket.output(1).strip()).isEqualTo(Integer.toString(200 * 1024));
    }
  }

  @Test
  void inputOverOneMibClosesWith1009() throws Exception {
    try (GatewaySocket socket = gateway.socket(execPath(), operatorToken)) {
      socket.sendJson(
          Map.of("type", "start", "interactive", false, "command", List.of("wc", "-c")));
      socket.awaitType("started", WAIT);

      socket.sendStdin("x".repeat(1024 * 1024));

      assertThat(socket.awaitClose(WAIT)).isEqualTo(1009);
      assertThat(socket.closeReason()).startsWith("Binary message too large");
    }
  }

  @Test
  void trickleThenBurstArrivesWholeTwentyTimes() throws Exception {
    String script =
        "i=0; while [ $i -lt 10 ]; do echo line $i; i=$((i+1)); sleep 0.1; done;"
            + " yes 0123456789abcdef | head -c 2000000";
    StringBuilder expected = new StringBuilder();
    for (int i = 0; i < 10; i++) {
      expected.append("line ").append(i).append('\n');
    }
    expected.append("0123456789abcdef\n".repeat(2_000_000 / 17 + 1), 0, 2_000_000);

    for (int run = 0; run < 20; run++) {
      try (GatewaySocket socket = gateway.socket(execPath(), operatorToken)) {
        socket.sendJson(
            Map.of("type", "start", "interactive", false, "command", List.of("sh", "-c", script)));

        var exit = socket.awaitType("exit", WAIT);

        assertThat(exit.get("exit_code").asInt()).as("exit code of run %d", run).isZero();
        assertThat(socket.output(1)).as("stdout of run %d", run).isEqualTo(expected.toString());
      }
    }
  }

  @Test
  void consoleRelaysWhatTheInstanceWritesToIt() throws Exception {
    try (GatewaySocket socket =
        gateway.socket("/api/v1/instances/" + container.name() + "/console", operatorToken)) {
      socket.sendJson(Map.of("type", "start", "width", 80, "height", 24));
      socket.awaitType("started", WAIT);

      // LXD attaches to the console pty shortly after the WebSockets connect; repeat the write.
      ExecRequest write = ExecRequest.of("sh", "-c", "echo gateway-console > /dev/console");
      for (int attempt = 0;
          attempt < 20 && !socket.output(1).contains("gateway-console");
          attempt++) {
        lxd.exec().run(container.name(), write);
        Thread.sleep(250);
      }

      socket.awaitOutput(1, "gateway-console", WAIT);
    }
  }

  @Test
  void unknownInstanceClosesWith4404() throws Exception {
    try (GatewaySocket socket =
        gateway.socket("/api/v1/instances/lxdjt-missing0/exec", operatorToken)) {
      socket.sendJson(Map.of("type", "start", "command", List.of("true")));

      assertThat(socket.awaitClose(WAIT)).isEqualTo(4404);
      assertThat(socket.awaitType("error", WAIT).get("status").asInt()).isEqualTo(404);
    }
  }

  @Test
  void unknownQueryParameterClosesWith4400NamingIt() throws Exception {
    try (GatewaySocket socket = gateway.socket(execPath() + "?bogus=1", operatorToken)) {

      assertThat(socket.awaitClose(WAIT)).isEqualTo(4400);
      assertThat(socket.closeReason()).startsWith("unknown query parameter 'bogus'");
    }
  }

  @Test
  void malformedStartMessageNamesTheUnknownField() throws Exception {
    try (GatewaySocket socket = gateway.socket(execPath(), operatorToken)) {
      socket.sendJson(Map.of("type", "start", "command", "sh", "bogus", 1));

      assertThat(socket.awaitClose(WAIT)).isEqualTo(4400);
      assertThat(socket.awaitType("error", WAIT).get("detail").asText())
          .startsWith("unknown field 'bogus' in 'start' message");
    }
  }

  @Test
  void missingCredentialClosesWith4401() throws Exception {
    try (GatewaySocket socket = GatewaySocket.open(gateway.application().port(), execPath())) {

      assertThat(socket.awaitClose(WAIT)).isEqualTo(4401);
      assertThat(socket.closeReason()).contains("ticket");
    }
  }

  @Test
  void ticketWorksOnlyOnce() throws Exception {
    String ticket = gateway.ticket(operatorToken);
    GatewaySocket first =
        GatewaySocket.open(gateway.application().port(), execPath() + "?ticket=" + ticket);
    first.close();

    try (GatewaySocket second =
        GatewaySocket.open(gateway.application().port(), execPath() + "?ticket=" + ticket)) {

      assertThat(second.awaitClose(WAIT)).isEqualTo(4401);
      assertThat(second.closeReason()).contains("unknown, used or expired");
    }
  }

  @Test
  void viewerIsRefusedWith4403() throws Exception {
    try (GatewaySocket socket = gateway.socket(execPath(), viewerToken)) {

      assertThat(socket.awaitClose(WAIT)).isEqualTo(4403);
      assertThat(socket.closeReason()).contains("operator");
    }
  }

  @Test
  void accessTokenInUrlIsStillAccepted() throws Exception {
    try (GatewaySocket socket =
        GatewaySocket.open(gateway.application().port(), execPath() + "?token=" + operatorToken)) {
      socket.sendJson(Map.of("type", "start", "command", List.of("sh", "-c", "exit 5")));

      assertThat(socket.awaitType("exit", WAIT).get("exit_code").asInt()).isEqualTo(5);
    }
  }

  @Test
  void webSocketRoutesDeclareTheirAccess() {
    var routes = gateway.application().gateway().webSocketRoutes();

    assertThat(routes)
        .extracting(route -> route.path() + " " + route.access())
        .contains(
            "/api/v1/instances/{name}/exec OPERATOR",
            "/api/v1/instances/{name}/console OPERATOR",
            "/api/v1/events VIEWER");
  }
}

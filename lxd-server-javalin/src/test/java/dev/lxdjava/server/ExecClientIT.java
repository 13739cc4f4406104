package dev.lxdjava.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lxdjava.auth.Role;
import dev.lxdjava.core.Lxd;
import dev.lxdjava.server.example.ExecClient;
import dev.lxdjava.testkit.BusyboxContainer;
import dev.lxdjava.testkit.LocalLxd;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The example client of docs/exec.md works against a running gateway. */
@LocalLxd
class ExecClientIT {

  @Test
  void exampleClientPrintsOutputAndReturnsExitCode(Lxd lxd) throws Exception {
    try (GatewayHarness gateway = GatewayHarness.start();
        BusyboxContainer container = BusyboxContainer.start(lxd)) {
      String token = gateway.tokenFor("operator1", Role.OPERATOR);
      ByteArrayOutputStream printed = new ByteArrayOutputStream();

      int exitCode =
          ExecClient.run(
              "http://127.0.0.1:" + gateway.application().port(),
              token,
              container.name(),
              List.of("sh", "-c", "echo \"hello from $(hostname)\"; exit 3"),
              new PrintStream(printed, true, StandardCharsets.UTF_8));

      assertThat(exitCode).isEqualTo(3);
      assertThat(printed.toString(StandardCharsets.UTF_8))
          .isEqualTo("hello from " + container.name() + "\n");
    }
  }
}

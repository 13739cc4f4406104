package dev.lxdjava.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.lxdjava.core.Lxd;
import dev.lxdjava.core.LxdApiException;
import dev.lxdjava.testkit.TestNames;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Instance log files and the container console log. */
@LxdContract
public class InstanceLogsContract {
  private final Lxd lxd;
  private final LocalSocket socket;
  private final String name = TestNames.unique();

  public InstanceLogsContract(Lxd lxd, LocalSocket socket) {
    this.lxd = lxd;
    this.socket = socket;
  }

  @BeforeEach
  void createRunningInstance() {
    ContractInstances.createRunning(lxd, name);
  }

  @AfterEach
  void deleteInstance() {
    ContractInstances.deleteIfPresent(lxd, name);
  }

  @Test
  void logsListAndReadLxcLog() {
    List<String> logs = lxd.instances().logs(name);

    assertThat(logs).contains("lxc.log", "lxc.conf");
    assertThat(read(lxd.instances().readLog(name, "lxc.conf"))).contains("lxc.");
  }

  @Test
  void deletingLxcLogRaisesLxdRefusal() {
    var refusal =
        catchThrowableOfType(
            LxdApiException.class, () -> lxd.instances().deleteLog(name, "lxc.log"));

    assertThat(refusal.errorCode()).isEqualTo(400);
    assertThat(refusal.lxdMessage()).contains("may not be deleted");
  }

  @Test
  void recordedCommandOutputIsReadAndDeleted() {
    socket.assumeAvailable();
    String operation = socket.startCommand(lxd, name, List.of("echo", "recorded output"), true);
    lxd.operations().handle(operation).await();
    String stdout = "exec_" + operation + ".stdout";

    String content = read(lxd.instances().readLog(name, stdout));
    lxd.instances().deleteLog(name, stdout);

    assertThat(content).isEqualTo("recorded output\n");
    assertThat(lxd.instances().logs(name)).doesNotContain(stdout);
  }

  @Test
  void emptyConsoleLogReadsAsEmpty() {
    lxd.instances().clearConsoleLog(name);

    String console = read(lxd.instances().consoleLog(name));

    assertThat(console).isEmpty();
  }

  @Test
  void consoleLogShowsOutputAndClears() {
    socket.assumeAvailable();
    String marker = "console-" + TestNames.unique();
    String operation =
        socket.startCommand(
            lxd, name, List.of("sh", "-c", "echo " + marker + " > /dev/console"), false);
    lxd.operations().handle(operation).await();

    String console = read(lxd.instances().consoleLog(name));
    lxd.instances().clearConsoleLog(name);

    assertThat(console).contains(marker);
    assertThat(read(lxd.instances().consoleLog(name))).doesNotContain(marker);
  }

  private static String read(InputStream stream) {
    try (stream) {
      return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

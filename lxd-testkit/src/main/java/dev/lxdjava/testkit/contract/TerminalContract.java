package dev.lxdjava.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lxdjava.core.Lxd;
import dev.lxdjava.core.exec.ExecOutput;
import dev.lxdjava.core.exec.ExecRequest;
import dev.lxdjava.core.exec.Signals;
import dev.lxdjava.core.exec.Terminal;
import dev.lxdjava.core.exec.TerminalProcess;
import dev.lxdjava.core.exec.TerminalSize;
import dev.lxdjava.testkit.BusyboxContainer;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.IdentityHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Interactive exec on a pseudo-terminal and the instance console. */
@LxdContract
public class TerminalContract {
  private static final Duration WAIT = Duration.ofSeconds(10);

  /** One container per target, because JUnit runs the class once per target. */
  private static final Map<Lxd, BusyboxContainer> CONTAINERS = new IdentityHashMap<>();

  private final Lxd lxd;
  private BusyboxContainer container;

  public TerminalContract(Lxd lxd) {
    this.lxd = lxd;
  }

  /** One container serves every test of a target; JUnit runs a target's tests one at a time. */
  @BeforeEach
  void startContainer() {
    container = CONTAINERS.computeIfAbsent(lxd, BusyboxContainer::start);
  }

  @AfterAll
  static void deleteContainers() {
    CONTAINERS.values().forEach(BusyboxContainer::close);
    CONTAINERS.clear();
  }

  private TerminalProcess shell() {
    return lxd.exec()
        .startInteractive(
            container.name(),
            ExecRequest.builder("sh").environment("TERM", "xterm").build(),
            TerminalSize.DEFAULT);
  }

  private static void type(OutputStream input, String keys) throws IOException {
    input.write(keys.getBytes(StandardCharsets.UTF_8));
    input.flush();
  }

  @Test
  void resizeReachesTheTerminal() throws Exception {
    try (TerminalProcess shell = shell()) {
      ScreenCapture screen = new ScreenCapture(shell.output());
      type(shell.input(), "stty size\n");
      screen.awaitText("24 80", WAIT);

      shell.resize(new TerminalSize(120, 40));
      // The control and stdin sockets are not ordered: a line may overtake the resize.
      for (int attempt = 0; attempt < 20 && !screen.text().contains("40 120"); attempt++) {
        type(shell.input(), "stty size\n");
        Thread.sleep(250);
      }

      screen.awaitText("40 120", WAIT);
    }
  }

  @Test
  void endOfInputExitsShellWithZero() throws Exception {
    try (TerminalProcess shell = shell()) {
      ScreenCapture screen = new ScreenCapture(shell.output());
      type(shell.input(), "echo marker-$((6*7))\n");
      screen.awaitText("marker-42", WAIT);

      type(shell.input(), "\u0004");

      assertThat(shell.awaitExit(WAIT)).isZero();
    }
  }

  @Test
  void sigtermEndsCommandWith143() throws Exception {
    try (TerminalProcess sleeper =
        lxd.exec()
            .startInteractive(
                container.name(), ExecRequest.of("sleep", "600"), TerminalSize.DEFAULT)) {
      new ScreenCapture(sleeper.output());

      sleeper.signal(Signals.TERM);

      assertThat(sleeper.awaitExit(WAIT)).isEqualTo(143);
    }
  }

  @Test
  void hangupEndsInteractiveShellWith129() throws Exception {
    try (TerminalProcess shell = shell()) {
      ScreenCapture screen = new ScreenCapture(shell.output());
      type(shell.input(), "echo ready\n");
      screen.awaitText("ready", WAIT);

      // An interactive shell ignores SIGTERM, as POSIX shells do; a hang-up ends it.
      shell.signal(Signals.HUP);

      assertThat(shell.awaitExit(WAIT)).isEqualTo(129);
    }
  }

  @Test
  void closingSessionLeavesNoProcessBehind() throws Exception {
    String marker = "4242" + System.nanoTime() % 1000;
    TerminalProcess shell = shell();
    ScreenCapture screen = new ScreenCapture(shell.output());
    type(shell.input(), "echo ready; sleep " + marker + "\n");
    screen.awaitText("ready", WAIT);

    shell.close();

    assertThat(shell.isRunning()).isFalse();
    ExecOutput processes = lxd.exec().run(container.name(), ExecRequest.of("ps", "-o", "args"));
    assertThat(processes.stdoutText()).doesNotContain("sleep " + marker);
  }

  @Test
  void consoleShowsWhatTheInstanceWritesToIt() throws Exception {
    try (Terminal console = lxd.exec().attachConsole(container.name(), TerminalSize.DEFAULT)) {
      ScreenCapture screen = new ScreenCapture(console.output());

      // LXD attaches to the console pty shortly after the WebSockets connect; repeat the write.
      ExecRequest write = ExecRequest.of("sh", "-c", "echo console-marker > /dev/console");
      for (int attempt = 0; attempt < 20 && !screen.text().contains("console-marker"); attempt++) {
        lxd.exec().run(container.name(), write);
        Thread.sleep(250);
      }

      screen.awaitText("console-marker", WAIT);
    }
  }
}

package dev.lxdjava.core.exec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lxdjava.core.operation.LxdOperationTimeoutException;
import dev.lxdjava.core.operation.Operation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExecRunTest {

  /** A finished or hanging process with fixed output. */
  private static final class FakeProcess implements ExecProcess {
    final ByteArrayOutputStream stdin = new ByteArrayOutputStream();
    final List<Integer> signals = new ArrayList<>();
    final byte[] stdout;
    final boolean hangsUntilKilled;
    boolean closed;

    FakeProcess(String stdout, boolean hangsUntilKilled) {
      this.stdout = stdout.getBytes(StandardCharsets.UTF_8);
      this.hangsUntilKilled = hangsUntilKilled;
    }

    @Override
    public String operationId() {
      return "op";
    }

    @Override
    public String project() {
      return "default";
    }

    @Override
    public OutputStream stdin() {
      return stdin;
    }

    @Override
    public InputStream stdout() {
      return new ByteArrayInputStream(stdout);
    }

    @Override
    public InputStream stderr() {
      return new ByteArrayInputStream(new byte[0]);
    }

    @Override
    public synchronized void signal(int signal) {
      signals.add(signal);
    }

    @Override
    public int awaitExit() {
      return 0;
    }

    @Override
    public synchronized int awaitExit(Duration timeout) {
      if (hangsUntilKilled && !signals.contains(Signals.KILL)) {
        throw new LxdOperationTimeoutException(
            new Operation(
                "op",
                "websocket",
                "",
                null,
                null,
                103,
                Map.of(),
                Map.of(),
                false,
                "",
                "",
                "default"),
            timeout);
      }
      return hangsUntilKilled ? Signals.exitCodeOf(Signals.KILL) : 0;
    }

    @Override
    public boolean isRunning() {
      return false;
    }

    @Override
    public void close() {
      closed = true;
    }
  }

  @Test
  void stdinIsSentAndOutputCollected() {
    FakeProcess process = new FakeProcess("out", false);

    ExecOutput output = new ExecRun(process, RunOptions.defaults().withStdin("in")).collect();

    assertThat(output.stdoutText()).isEqualTo("out");
    assertThat(output.exitCode()).isZero();
    assertThat(process.stdin.toString(StandardCharsets.UTF_8)).isEqualTo("in");
    assertThat(process.closed).isTrue();
  }

  @Test
  void expiredTimeoutKillsAndFlagsTheRun() {
    FakeProcess process = new FakeProcess("", true);

    ExecOutput output =
        new ExecRun(process, RunOptions.defaults().withTimeout(Duration.ofMillis(10))).collect();

    assertThat(process.signals).containsExactly(Signals.KILL);
    assertThat(output.timedOut()).isTrue();
    assertThat(output.exitCode()).isEqualTo(137);
  }

  @Test
  void outputBeyondLimitIsCut() {
    FakeProcess process = new FakeProcess("0123456789", false);

    ExecOutput output = new ExecRun(process, RunOptions.defaults().withMaxOutputBytes(4)).collect();

    assertThat(output.stdoutText()).isEqualTo("0123");
    assertThat(output.truncated()).isTrue();
  }
}

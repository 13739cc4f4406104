package dev.lxdjava.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.lxdjava.core.Lxd;
import dev.lxdjava.core.exec.ExecOutput;
import dev.lxdjava.core.exec.ExecProcess;
import dev.lxdjava.core.exec.ExecRequest;
import dev.lxdjava.core.exec.RunOptions;
import dev.lxdjava.core.operation.LxdOperationException;
import dev.lxdjava.core.operation.LxdOperationNotFoundException;
import dev.lxdjava.testkit.BusyboxContainer;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Non-interactive exec: streams, end-of-input, exit codes and LXD's short operation memory. */
@LxdContract
public class ExecContract {
  /** LXD forgets a finished operation about five seconds after it ends. */
  private static final Duration PAST_LXD_MEMORY = Duration.ofSeconds(7);

  /** One container per target, because JUnit runs the class once per target. */
  private static final Map<Lxd, BusyboxContainer> CONTAINERS = new IdentityHashMap<>();

  private final Lxd lxd;
  private BusyboxContainer container;

  public ExecContract(Lxd lxd) {
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

  private String name() {
    return container.name();
  }

  @Test
  void exitCodeReadLongAfterCommandEnded() throws Exception {
    try (ExecProcess process = lxd.exec().start(name(), ExecRequest.of("sh", "-c", "exit 7"))) {
      process.stdin().close();
      Thread.sleep(PAST_LXD_MEMORY.toMillis());

      int exitCode = process.awaitExit();

      assertThat(exitCode).isEqualTo(7);
    }
  }

  @Test
  void forgottenOperationRaisesNotFound() throws Exception {
    String operationId;
    try (ExecProcess process = lxd.exec().start(name(), ExecRequest.of("true"))) {
      process.stdin().close();
      process.awaitExit();
      operationId = process.operationId();
    }
    Thread.sleep(PAST_LXD_MEMORY.toMillis());

    var failure =
        catchThrowableOfType(
            LxdOperationNotFoundException.class,
            () -> lxd.operations().wait(operationId, Duration.ofSeconds(1)));

    assertThat(failure).isNotNull();
    assertThat(failure.operationId()).isEqualTo(operationId);
  }

  @Test
  void missingProgramIsAnErrorNeverExitZero() {
    var failure =
        catchThrowableOfType(
            LxdOperationException.class,
            () -> lxd.exec().run(name(), ExecRequest.of("/no/such/program")));

    assertThat(failure).isNotNull();
    assertThat(failure.getMessage()).contains("not found");
    assertThat(failure.operation().metadata().get("return")).isEqualTo(127);
  }

  @Test
  void catEchoesStdinUntilEndOfInput() throws Exception {
    try (ExecProcess process = lxd.exec().start(name(), ExecRequest.of("cat"))) {
      CompletableFuture<byte[]> stdout = readAll(process.stdout());
      CompletableFuture<byte[]> stderr = readAll(process.stderr());

      OutputStream stdin = process.stdin();
      stdin.write("hello\n".getBytes(StandardCharsets.UTF_8));
      stdin.close();
      int exitCode = process.awaitExit(Duration.ofSeconds(5));

      assertThat(exitCode).isZero();
      assertThat(new String(stdout.get(), StandardCharsets.UTF_8)).isEqualTo("hello\n");
      assertThat(stderr.get()).isEmpty();
    }
  }

  @Test
  void fiveMebibytesReachMd5sumIntact() throws Exception {
    byte[] data = new byte[5 * 1024 * 1024];
    new Random(42).nextBytes(data);
    String expected = HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(data));

    ExecOutput output =
        lxd.exec()
            .run(
                name(),
                ExecRequest.of("md5sum"),
                RunOptions.defaults().withStdin(data).withTimeout(Duration.ofMinutes(1)));

    assertThat(output.exitCode()).isZero();
    assertThat(output.stdoutText()).startsWith(expected);
  }

  @Test
  void stdoutAndStderrStaySeparate() {
    ExecOutput output =
        lxd.exec().run(name(), ExecRequest.of("sh", "-c", "echo out; echo err >&2; exit 3"));

    assertThat(output.exitCode()).isEqualTo(3);
    assertThat(output.stdoutText()).isEqualTo("out\n");
    assertThat(output.stderrText()).isEqualTo("err\n");
  }

  @Test
  void environmentUserGroupAndCwdApply() {
    ExecRequest request =
        ExecRequest.builder("sh", "-c", "echo $GREETING; id -u; id -g; pwd")
            .environment("GREETING", "hi there")
            .user(1000)
            .group(1000)
            .cwd("/tmp")
            .build();

    ExecOutput output = lxd.exec().run(name(), request);

    assertThat(output.stdoutText()).isEqualTo("hi there\n1000\n1000\n/tmp\n");
  }

  @Test
  void timeoutKillsTheCommand() {
    ExecOutput output =
        lxd.exec()
            .run(
                name(),
                ExecRequest.of("sh", "-c", "echo started; sleep 30"),
                RunOptions.defaults().withTimeout(Duration.ofSeconds(1)));

    assertThat(output.timedOut()).isTrue();
    assertThat(output.exitCode()).isEqualTo(137);
    assertThat(output.stdoutText()).isEqualTo("started\n");
  }

  @Test
  void outputBeyondLimitIsCutAndFlagged() {
    ExecOutput output =
        lxd.exec()
            .run(
                name(),
                ExecRequest.of("sh", "-c", "yes abcdefgh | head -c 100000"),
                RunOptions.defaults().withMaxOutputBytes(1000));

    assertThat(output.exitCode()).isZero();
    assertThat(output.truncated()).isTrue();
    assertThat(output.stdout()).hasSize(1000);
  }

  @Test
  void trickleThenBurstArrivesWholeTwentyTimes() {
    String script =
        "i=0; while [ $i -lt 10 ]; do echo line $i; i=$((i+1)); sleep 0.1; done;"
            + " yes 0123456789abcdef | head -c 2000000";
    StringBuilder expected = new StringBuilder();
    for (int i = 0; i < 10; i++) {
      expected.append("line ").append(i).append('\n');
    }
    expected.append("0123456789abcdef\n".repeat(2_000_000 / 17 + 1), 0, 2_000_000);

    for (int run = 0; run < 20; run++) {
      ExecOutput output = lxd.exec().run(name(), ExecRequest.of("sh", "-c", script));

      assertThat(output.exitCode()).as("exit code of run %d", run).isZero();
      assertThat(output.stdoutText()).as("stdout of run %d", run).isEqualTo(expected.toString());
    }
  }

  private static CompletableFuture<byte[]> readAll(InputStream stream) {
    return CompletableFuture.supplyAsync(
        () -> {
          try (stream) {
            return stream.readAllBytes();
          } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        });
  }
}

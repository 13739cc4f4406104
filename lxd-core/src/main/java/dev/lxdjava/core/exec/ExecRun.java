package dev.lxdjava.core.exec;

import dev.lxdjava.core.LxdTransportException;
import dev.lxdjava.core.operation.LxdOperationTimeoutException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs one started process to its end for {@link Exec#run}: one thread writes stdin, one thread
 * reads each output stream, and the calling thread waits for the exit code and enforces the
 * timeout.
 */
final class ExecRun {
  /** How long to wait for LXD to report the end of a command killed after its timeout. */
  private static final Duration KILL_GRACE = Duration.ofSeconds(30);

  /** How long to wait for the stdin writer after the command ended. */
  private static final Duration STDIN_GRACE = Duration.ofSeconds(5);

  private final ExecProcess process;
  private final RunOptions options;
  private final AtomicReference<IOException> readFailure = new AtomicReference<>();

  ExecRun(ExecProcess process, RunOptions options) {
    this.process = process;
    this.options = options;
  }

  ExecOutput collect() {
    try (process) {
      Sink stdout = new Sink(options.maxOutputBytes());
      Sink stderr = new Sink(options.maxOutputBytes());
      Thread stdoutReader = start("stdout", () -> drain(process.stdout(), stdout));
      Thread stderrReader = start("stderr", () -> drain(process.stderr(), stderr));
      Thread stdinWriter = start("stdin", this::writeStdin);

      boolean timedOut = false;
      int exitCode;
      if (options.timeout() == null) {
        exitCode = process.awaitExit();
      } else {
        try {
          exitCode = process.awaitExit(options.timeout());
        } catch (LxdOperationTimeoutException expired) {
          timedOut = true;
          process.signal(Signals.KILL);
          exitCode = process.awaitExit(KILL_GRACE);
        }
      }

      join(stdoutReader);
      join(stderrReader);
      // The writer ends on its own once LXD closed the stdin channel of the ended command.
      join(stdinWriter, STDIN_GRACE);
      IOException failure = readFailure.get();
      if (failure != null) {
        throw new LxdTransportException(
            "output of operation " + process.operationId() + " was cut: " + failure.getMessage(),
            failure);
      }
      return new ExecOutput(
          exitCode,
          stdout.bytes(),
          stderr.bytes(),
          timedOut,
          stdout.truncated() || stderr.truncated());
    }
  }

  private void writeStdin() {
    try (OutputStream stdin = process.stdin()) {
      byte[] bytes = options.stdin();
      if (bytes.length > 0) {
        stdin.write(bytes);
      }
    } catch (IOException commandEndedFirst) {
      // A command may exit without reading its input; LXD then closes the stdin channel.
    }
  }

  private void drain(InputStream stream, Sink sink) {
    byte[] buffer = new byte[64 * 1024];
    try (stream) {
      int n;
      while ((n = stream.read(buffer)) >= 0) {
        sink.write(buffer, n);
      }
    } catch (IOException e) {
      readFailure.compareAndSet(null, e);
    }
  }

  private Thread start(String stream, Runnable task) {
    Thread thread = new Thread(task, "lxd-exec-" + stream + "-" + process.operationId());
    thread.setDaemon(true);
    thread.start();
    return thread;
  }

  private static void join(Thread thread) {
    join(thread, Duration.ZERO);
  }

  /** Waits for a thread to end; a zero limit waits without limit. */
  private static void join(Thread thread, Duration limit) {
    try {
      thread.join(limit.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new LxdTransportException("interrupted while collecting exec output", e);
    }
  }

  /** Keeps at most {@code limit} bytes and remembers whether more arrived. */
  private static final class Sink {
    private final int limit;
    private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
    private boolean truncated;

    Sink(int limit) {
      this.limit = limit;
    }

    synchronized void write(byte[] data, int length) {
      int room = limit - kept.size();
      if (length > room) {
        truncated = true;
      }
      kept.write(data, 0, Math.max(0, Math.min(room, length)));
    }

    synchronized byte[] bytes() {
      return kept.toByteArray();
    }

    synchronized boolean truncated() {
      return truncated;
    }
  }
}

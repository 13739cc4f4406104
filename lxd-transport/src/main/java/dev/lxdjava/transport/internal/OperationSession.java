package dev.lxdjava.transport.internal;

import dev.lxdjava.core.LxdException;
import dev.lxdjava.core.LxdProtocolException;
import dev.lxdjava.core.LxdTransportException;
import dev.lxdjava.core.exec.Signals;
import dev.lxdjava.core.operation.LxdOperationException;
import dev.lxdjava.core.operation.LxdOperationTimeoutException;
import dev.lxdjava.core.operation.Operation;
import dev.lxdjava.core.operation.OperationStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.websocket.api.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The parts every exec and console session shares: LXD's operation, its background wait, the
 * connected WebSockets, the control channel, and the end of each output stream.
 */
final class OperationSession {
  private static final Logger LOG = LoggerFactory.getLogger(OperationSession.class);

  /** How long {@link #close} waits for LXD to end the operation after the session is closed. */
  static final Duration CLOSE_WAIT = Duration.ofSeconds(10);

  private final Operation initial;
  private final String waitPath;
  private final CompletableFuture<Operation> done;
  private final ControlChannel control;
  private final List<Session> sessions;
  private final List<CompletableFuture<Void>> outputEnds;

  OperationSession(
      Operation initial,
      String waitPath,
      CompletableFuture<Operation> done,
      ControlChannel control,
      List<Session> sessions,
      List<CompletableFuture<Void>> outputEnds) {
    this.initial = initial;
    this.waitPath = waitPath;
    this.done = done;
    this.control = control;
    this.sessions = List.copyOf(sessions);
    this.outputEnds = List.copyOf(outputEnds);
  }

  String operationId() {
    return initial.id();
  }

  String project() {
    return initial.project();
  }

  void resize(dev.lxdjava.core.exec.TerminalSize size) {
    if (isRunning()) {
      control.resize(size);
    }
  }

  /**
   * Sends a signal through the control channel. Does nothing once the command ended: LXD closes the
   * control channel then, shortly before the operation becomes final.
   */
  void signal(int signal) {
    if (!isRunning()) {
      return;
    }
    try {
      control.signal(signal);
    } catch (LxdTransportException e) {
      try {
        done.get(2, TimeUnit.SECONDS);
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
        throw e;
      } catch (ExecutionException | TimeoutException stillRunning) {
        throw e;
      }
    }
  }

  boolean isRunning() {
    return !done.isDone();
  }

  /** Waits without limit for the output streams to end and the operation to be final. */
  Operation awaitFinal() {
    return awaitFinal(null);
  }

  /**
   * Waits for every output stream to end and for the operation to be final.
   *
   * @param timeout the limit, or {@code null} for none
   */
  Operation awaitFinal(Duration timeout) {
    long deadline = timeout == null ? Long.MAX_VALUE : System.nanoTime() + timeout.toNanos();
    List<CompletableFuture<?>> all = new ArrayList<>(outputEnds);
    all.add(done);
    for (CompletableFuture<?> part : all) {
      await(part, deadline, timeout);
    }
    return done.join();
  }

  private void await(CompletableFuture<?> part, long deadline, Duration timeout) {
    try {
      if (timeout == null) {
        part.get();
      } else {
        long remaining = Math.max(0, deadline - System.nanoTime());
        part.get(remaining, TimeUnit.NANOSECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new LxdTransportException(
          "interrupted while waiting for operation " + operationId(), e);
    } catch (TimeoutException e) {
      throw new LxdOperationTimeoutException(initial, timeout);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof LxdException lxd) {
        throw lxd;
      }
      throw new LxdTransportException(
          "waiting for operation " + operationId() + " failed: " + e.getCause(), e.getCause());
    }
  }

  /**
   * The exit code in a final exec operation's {@code metadata.return}.
   *
   * @throws LxdOperationException if the operation failed or was cancelled
   */
  int exitCode(Operation finalState) {
    if (finalState.status() != OperationStatus.SUCCESS) {
      throw new LxdOperationException(finalState, "GET", waitPath);
    }
    Object value = finalState.metadata().get("return");
    if (!(value instanceof Number number)) {
      throw new LxdProtocolException(
          "operation " + operationId() + " ended without an exit code in metadata.return");
    }
    return number.intValue();
  }

  /**
   * Ends the session. A command that still runs is killed first when {@code kill} is set; then all
   * WebSockets are closed and the call waits up to {@link #CLOSE_WAIT} for the operation to end.
   */
  void close(boolean kill) {
    if (kill && isRunning() && control.isOpen()) {
      try {
        control.signal(Signals.KILL);
      } catch (LxdException e) {
        LOG.debug("cannot kill the command of operation {}: {}", operationId(), e.getMessage());
      }
    }
    for (Session session : sessions) {
      if (session.isOpen()) {
        session.close();
      }
    }
    try {
      done.get(CLOSE_WAIT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException | TimeoutException e) {
      LOG.debug("operation {} did not end cleanly after close: {}", operationId(), e.toString());
    }
  }
}

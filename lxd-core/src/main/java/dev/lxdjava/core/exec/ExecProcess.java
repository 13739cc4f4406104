package dev.lxdjava.core.exec;

import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;

/**
 * A command running inside an instance without a terminal, with separate stdin, stdout and stderr.
 *
 * <p>Read {@link #stdout()} and {@link #stderr()} while the command runs, from one thread each or
 * one after the other: LXD stops sending when too much output waits unread, so a command that
 * writes much cannot finish while nobody reads. Closing an output stream discards the rest of it.
 * Close {@link #stdin()} to send end-of-input; commands such as {@code cat} wait for it.
 *
 * <p>The exit code is LXD's operation result. The SDK waits on the operation from the moment it
 * starts, because LXD forgets a finished operation after about five seconds. {@link #close()} kills
 * a command that is still running. Implementations are thread-safe.
 */
public interface ExecProcess extends AutoCloseable {

  /** The id of LXD's exec operation. */
  String operationId();

  /** The project the operation belongs to. */
  String project();

  /** The command's standard input; {@code close()} sends end-of-input. */
  OutputStream stdin();

  /** The command's standard output. */
  InputStream stdout();

  /** The command's standard error. */
  InputStream stderr();

  /**
   * Sends a signal to the command's process through LXD's control channel, such as {@link
   * Signals#TERM}. Needs the API extension {@code container_exec_signal_handling}.
   */
  void signal(int signal);

  /**
   * Waits until both output streams ended and LXD's operation is final, and returns the exit code.
   * A command ended by signal N exits with 128 + N.
   *
   * @throws dev.lxdjava.core.operation.LxdOperationException if LXD failed the operation, for
   *     example {@code Command not found} for a program that does not exist (LXD 5.0 reports exit
   *     code 127 in the failed operation)
   */
  int awaitExit();

  /**
   * Like {@link #awaitExit()}, but gives up after {@code timeout}; the command keeps running.
   *
   * @throws dev.lxdjava.core.operation.LxdOperationTimeoutException when the time is up
   */
  int awaitExit(Duration timeout);

  /** Whether LXD's operation has not reached a final state yet. */
  boolean isRunning();

  /**
   * Ends the session: a command that still runs is killed (SIGKILL through the control channel),
   * all WebSockets are closed, and the call waits a few seconds for LXD's operation to end.
   */
  @Override
  void close();
}

package dev.lxdjava.core.exec;

import java.time.Duration;

/**
 * A command running interactively on a pseudo-terminal, as {@code lxc exec} runs a shell. Closing
 * it kills the command (SIGKILL), and the kernel hangs up the terminal's foreground process group.
 */
public interface TerminalProcess extends Terminal {

  /**
   * Sends a signal to the command's process, such as {@link Signals#TERM}. Needs the API extension
   * {@code container_exec_signal_handling}.
   */
  void signal(int signal);

  /**
   * Waits until the output ended and LXD's operation is final, and returns the exit code.
   *
   * @throws dev.lxdjava.core.operation.LxdOperationException if LXD failed the operation
   */
  int awaitExit();

  /**
   * Like {@link #awaitExit()}, but gives up after {@code timeout}; the command keeps running.
   *
   * @throws dev.lxdjava.core.operation.LxdOperationTimeoutException when the time is up
   */
  int awaitExit(Duration timeout);
}

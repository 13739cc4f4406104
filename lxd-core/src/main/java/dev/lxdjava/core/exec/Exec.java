package dev.lxdjava.core.exec;

/**
 * Commands and terminals inside instances ({@code POST /1.0/instances/{name}/exec} and {@code
 * /console}) of one project, over LXD's operation WebSockets. Instance names are checked by {@link
 * dev.lxdjava.core.Names#instance(String)} before any request.
 */
public interface Exec {

  /**
   * Starts a command without a terminal, with separate stdin, stdout and stderr. It starts when all
   * streams are connected ({@code wait-for-websocket}), so no output is lost.
   *
   * @throws dev.lxdjava.core.LxdApiException if LXD rejects the request, for example because the
   *     instance is not running
   */
  ExecProcess start(String instance, ExecRequest request);

  /**
   * Runs a command to its end and collects its output: sends {@link RunOptions#stdin()}, closes
   * stdin, reads both output streams and returns the exit code. When {@link RunOptions#timeout()}
   * expires, the command is killed with SIGKILL through the control channel and the result has
   * {@link ExecOutput#timedOut()} set.
   */
  default ExecOutput run(String instance, ExecRequest request, RunOptions options) {
    return new ExecRun(start(instance, request), options).collect();
  }

  /** Runs a command with {@link RunOptions#defaults()}: no stdin and no timeout. */
  default ExecOutput run(String instance, ExecRequest request) {
    return run(instance, request, RunOptions.defaults());
  }

  /**
   * Starts a command on a pseudo-terminal of the given size, as {@code lxc exec} runs a shell. The
   * terminal sets {@code TERM} only when the request's environment does.
   */
  TerminalProcess startInteractive(String instance, ExecRequest request, TerminalSize size);

  /**
   * Attaches to the instance console ({@code type: console}), the terminal that the instance's init
   * and kernel write to. Needs the API extension {@code console}.
   */
  Terminal attachConsole(String instance, TerminalSize size);
}

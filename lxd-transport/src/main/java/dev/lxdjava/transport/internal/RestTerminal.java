package dev.lxdjava.transport.internal;

import dev.lxdjava.core.exec.TerminalProcess;
import dev.lxdjava.core.exec.TerminalSize;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;

/**
 * A terminal over LXD's WebSockets {@code 0} (both directions) and control: an interactive exec
 * session, or the console when {@code console} is set. Closing an exec session kills its command;
 * closing the console only detaches, which LXD takes from the closed control channel.
 */
final class RestTerminal implements TerminalProcess {
  private final OperationSession session;
  private final OutboundStream input;
  private final InboundStream output;
  private final boolean console;

  RestTerminal(
      OperationSession session, OutboundStream input, InboundStream output, boolean console) {
    this.session = session;
    this.input = input;
    this.output = output;
    this.console = console;
  }

  @Override
  public String operationId() {
    return session.operationId();
  }

  @Override
  public String project() {
    return session.project();
  }

  @Override
  public OutputStream input() {
    return input;
  }

  @Override
  public InputStream output() {
    return output;
  }

  @Override
  public void resize(TerminalSize size) {
    session.resize(size);
  }

  @Override
  public void signal(int signal) {
    session.signal(signal);
  }

  @Override
  public int awaitExit() {
    return session.exitCode(session.awaitFinal());
  }

  @Override
  public int awaitExit(Duration timeout) {
    return session.exitCode(session.awaitFinal(timeout));
  }

  @Override
  public boolean isRunning() {
    return session.isRunning();
  }

  @Override
  public void close() {
    session.close(!console);
    output.close();
  }

  @Override
  public String toString() {
    return (console ? "Console" : "TerminalProcess")
        + "[operation="
        + operationId()
        + ", project="
        + project()
        + "]";
  }
}

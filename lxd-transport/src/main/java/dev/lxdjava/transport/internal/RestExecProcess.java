package dev.lxdjava.transport.internal;

import dev.lxdjava.core.exec.ExecProcess;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;

/**
 * {@link ExecProcess} over LXD's four exec WebSockets: {@code 0}, {@code 1}, {@code 2}, control.
 */
final class RestExecProcess implements ExecProcess {
  private final OperationSession session;
  private final OutboundStream stdin;
  private final InboundStream stdout;
  private final InboundStream stderr;

  RestExecProcess(
      OperationSession session, OutboundStream stdin, InboundStream stdout, InboundStream stderr) {
    this.session = session;
    this.stdin = stdin;
    this.stdout = stdout;
    this.stderr = stderr;
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
  public OutputStream stdin() {
    return stdin;
  }

  @Override
  public InputStream stdout() {
    return stdout;
  }

  @Override
  public InputStream stderr() {
    return stderr;
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
    session.close(true);
    stdout.close();
    stderr.close();
  }

  @Override
  public String toString() {
    return "ExecProcess[operation=" + operationId() + ", project=" + project() + "]";
  }
}

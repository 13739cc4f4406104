package dev.lxdjava.core.operation;

import dev.lxdjava.core.LxdException;
import java.time.Duration;

/**
 * A wait on an operation ran out of time while the operation was still running. The operation
 * itself goes on; cancel it through {@link OperationHandle#cancel()} if it must stop.
 */
public class LxdOperationTimeoutException extends LxdException {
  private static final long serialVersionUID = 1L;

  private final transient Operation lastSeen;

  public LxdOperationTimeoutException(Operation lastSeen, Duration timeout) {
    super(
        "operation "
            + lastSeen.id()
            + " ("
            + lastSeen.description()
            + ") still "
            + lastSeen.status()
            + " after waiting "
            + timeout.toMillis()
            + " ms");
    this.lastSeen = lastSeen;
  }

  /** The operation as LXD reported it when the wait ended. */
  public Operation lastSeen() {
    return lastSeen;
  }
}

package dev.lxdjava.core.operation;

import dev.lxdjava.core.LxdApiException;

/**
 * An LXD operation ended in failure (status 400) or was cancelled (status 401). LXD reports both
 * with HTTP 200 on {@code /wait}, so this error is built from the operation's own {@code
 * status_code} and {@code err}. It is an {@link LxdApiException}, so a request LXD refuses at once
 * and one whose operation fails later are caught the same way.
 */
public class LxdOperationException extends LxdApiException {
  private static final long serialVersionUID = 1L;

  private final transient Operation operation;

  public LxdOperationException(Operation operation, String method, String path) {
    super(operation.statusCode(), describe(operation), method, path);
    this.operation = operation;
  }

  private static String describe(Operation operation) {
    if (!operation.err().isEmpty()) {
      return operation.err();
    }
    return operation.description() + ": operation ended with status " + operation.status();
  }

  /** The final state of the operation. */
  public Operation operation() {
    return operation;
  }

  /** The operation's UUID. */
  public String operationId() {
    return operation.id();
  }

  /** Whether the operation was cancelled rather than failed. */
  public boolean isCancelled() {
    return operation.status() == OperationStatus.CANCELLED;
  }
}

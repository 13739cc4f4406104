package dev.lxdjava.core.operation;

import dev.lxdjava.core.LxdNotFoundException;

/**
 * LXD does not know the operation: the id is wrong, it belongs to another project, or it ended and
 * LXD already forgot it (LXD keeps finished operations for about five seconds). Its result, such as
 * an exec exit code, can no longer be read.
 */
public class LxdOperationNotFoundException extends LxdNotFoundException {
  private static final long serialVersionUID = 1L;

  private final String operationId;

  public LxdOperationNotFoundException(
      String operationId, String lxdMessage, String method, String path) {
    super(lxdMessage, method, path);
    this.operationId = operationId;
  }

  /** The operation id that LXD does not know. */
  public String operationId() {
    return operationId;
  }
}

package dev.lxdjava.transport.internal;

import dev.lxdjava.core.operation.LxdOperationException;
import dev.lxdjava.core.operation.LxdOperationTimeoutException;
import dev.lxdjava.core.operation.Operation;
import dev.lxdjava.core.operation.OperationHandle;
import java.time.Duration;

/** An operation handle that waits with LXD's {@code /wait} long-poll in bounded slices. */
final class RestOperationHandle implements OperationHandle {
  /** Longest single {@code /wait} request; the loop repeats it until the caller's deadline. */
  static final Duration WAIT_SLICE = Duration.ofSeconds(30);

  private final RestOperations operations;
  private final Operation initial;

  RestOperationHandle(RestOperations operations, Operation initial) {
    this.operations = operations;
    this.initial = initial;
  }

  @Override
  public String id() {
    return initial.id();
  }

  @Override
  public String project() {
    return initial.project();
  }

  @Override
  public Operation initial() {
    return initial;
  }

  @Override
  public Operation await() {
    while (true) {
      Operation current = operations.wait(id(), WAIT_SLICE);
      if (current.isFinal()) {
        return requireSuccess(current);
      }
    }
  }

  @Override
  public Operation await(Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      long remaining = deadline - System.nanoTime();
      Duration slice = Duration.ofNanos(Math.max(0, Math.min(remaining, WAIT_SLICE.toNanos())));
      Operation current = operations.wait(id(), slice);
      if (current.isFinal()) {
        return requireSuccess(current);
      }
      if (deadline - System.nanoTime() <= 0) {
        throw new LxdOperationTimeoutException(current, timeout);
      }
    }
  }

  private Operation requireSuccess(Operation finalState) {
    return switch (finalState.status()) {
      case SUCCESS -> finalState;
      default ->
          throw new LxdOperationException(
              finalState, "GET", operations.path(id()).segment("wait").toString());
    };
  }

  @Override
  public Operation refresh() {
    return operations.get(id());
  }

  @Override
  public void cancel() {
    operations.cancel(id());
  }
}

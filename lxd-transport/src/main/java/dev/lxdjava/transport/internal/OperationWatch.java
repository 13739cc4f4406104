package dev.lxdjava.transport.internal;

import dev.lxdjava.core.LxdException;
import dev.lxdjava.core.LxdTransportException;
import dev.lxdjava.core.operation.Operation;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * Waits on an operation in the background from the moment it exists, with LXD's {@code /wait}
 * long-poll in slices, and completes with its final state (successful or not). Exec needs this: LXD
 * forgets a finished operation about five seconds after it ends, and a command can end long before
 * its caller has read all of its output.
 */
final class OperationWatch {
  static final Duration SLICE = Duration.ofSeconds(30);

  private OperationWatch() {}

  static CompletableFuture<Operation> start(
      RestOperations operations, String id, Executor executor) {
    CompletableFuture<Operation> done = new CompletableFuture<>();
    try {
      executor.execute(() -> run(operations, id, done));
    } catch (RejectedExecutionException e) {
      done.completeExceptionally(new LxdTransportException("the connection to LXD is closed", e));
    }
    return done;
  }

  private static void run(RestOperations operations, String id, CompletableFuture<Operation> done) {
    try {
      while (!done.isDone()) {
        Operation current = operations.wait(id, SLICE);
        if (current.isFinal()) {
          done.complete(current);
        }
      }
    } catch (LxdException e) {
      done.completeExceptionally(e);
    } catch (RuntimeException e) {
      done.completeExceptionally(
          new LxdTransportException("waiting for operation " + id + " failed: " + e, e));
    }
  }
}

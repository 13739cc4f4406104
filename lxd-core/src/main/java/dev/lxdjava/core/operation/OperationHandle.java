package dev.lxdjava.core.operation;

import java.time.Duration;

/**
 * A background operation that an asynchronous LXD request started.
 *
 * <p>All methods block the calling thread; none start threads of their own. Waiting uses LXD's
 * {@code /wait} long-poll, repeated in bounded slices so no single HTTP request outlives the
 * transport's idle timeout. LXD forgets a finished operation about five seconds after it ends: a
 * wait that starts later raises {@link LxdOperationNotFoundException}, never a made-up result.
 * Every request made through the handle carries the operation's project.
 */
public interface OperationHandle {

  /** The operation's UUID. */
  String id();

  /** The project the operation belongs to. */
  String project();

  /** The operation as LXD described it when the request returned. */
  Operation initial();

  /**
   * Waits until the operation ends and returns its final state.
   *
   * @throws LxdOperationException if it failed or was cancelled, with LXD's {@code err}
   * @throws LxdOperationNotFoundException if LXD no longer knows the operation
   */
  Operation await();

  /**
   * Waits at most {@code timeout} for the operation to end and returns its final state.
   *
   * @throws LxdOperationTimeoutException if it is still running when the time is up
   * @throws LxdOperationException if it failed or was cancelled
   * @throws LxdOperationNotFoundException if LXD no longer knows the operation
   */
  Operation await(Duration timeout);

  /** Reads the operation's current state without waiting. */
  Operation refresh();

  /**
   * Asks LXD to cancel the operation. LXD refuses for operations that report {@code may_cancel:
   * false}; that refusal arrives as an {@link dev.lxdjava.core.LxdApiException}.
   */
  void cancel();
}

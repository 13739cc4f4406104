package dev.lxdjava.transport.internal;

import org.eclipse.jetty.client.Connection;
import org.eclipse.jetty.client.Destination;
import org.eclipse.jetty.client.DuplexConnectionPool;

/**
 * A connection pool that closes a connection which has not carried a request after one second.
 *
 * <p>LXD 5.0's unix socket listener reads the first eight bytes of every new connection inside its
 * accept loop, to look for {@code STARTTLS}. While a client keeps a connection open without
 * sending, LXD accepts no other connection on the socket, including the ones its own container
 * hooks open, so instances cannot start or stop. Jetty sometimes opens a connection for a queued
 * request that a connection released a moment later then serves; the new connection would sit idle
 * for the client's idle timeout. Here it gets a one-second idle timeout until its first request is
 * done, and the client's idle timeout after that.
 */
final class QuietConnectionPool extends DuplexConnectionPool {
  /** Idle timeout of a connection that has not carried a request yet. */
  static final long UNUSED_IDLE_TIMEOUT_MS = 1000;

  private final long idleTimeoutMs;

  QuietConnectionPool(Destination destination, int maxConnections, long idleTimeoutMs) {
    super(destination, maxConnections);
    this.idleTimeoutMs = idleTimeoutMs;
  }

  @Override
  protected void onCreated(Connection connection) {
    setIdleTimeout(connection, UNUSED_IDLE_TIMEOUT_MS);
    super.onCreated(connection);
  }

  @Override
  public boolean release(Connection connection) {
    setIdleTimeout(connection, idleTimeoutMs);
    return super.release(connection);
  }

  private static void setIdleTimeout(Connection connection, long millis) {
    if (connection instanceof org.eclipse.jetty.io.Connection io) {
      io.getEndPoint().setIdleTimeout(millis);
    }
  }
}

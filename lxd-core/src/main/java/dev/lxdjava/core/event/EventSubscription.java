package dev.lxdjava.core.event;

/**
 * A running subscription. It reconnects on its own after the connection to LXD is lost, with a
 * growing pause between attempts, and reports the gap to its listener. Close it to stop receiving.
 */
public interface EventSubscription extends AutoCloseable {

  /** The filter LXD applies for this subscription. */
  EventFilter filter();

  /** Whether the connection to LXD is open right now. */
  boolean isConnected();

  /** Stops delivery; the connection to LXD closes when no subscription with the filter remains. */
  @Override
  void close();
}

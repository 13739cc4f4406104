package dev.lxdjava.core.event;

/**
 * Receives the events of one subscription. Calls for one subscription come one at a time, in LXD's
 * order, on a thread of the SDK, so a slow listener delays only its own subscription. When it falls
 * 10,000 events behind, further events are dropped and reported through {@link #onGap}.
 */
public interface EventListener {

  /** Receives one event. An exception thrown here is logged and the next event is delivered. */
  void onEvent(Event event);

  /**
   * Reports that the connection to LXD was lost and is open again, for example after the daemon
   * restarted; events of that span may be missing.
   */
  default void onGap(EventGap gap) {}

  /** Reports that the connection to LXD was lost; reconnecting goes on in the background. */
  default void onDisconnected(String reason) {}
}

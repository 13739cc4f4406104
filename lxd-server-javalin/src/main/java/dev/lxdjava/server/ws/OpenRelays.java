package dev.lxdjava.server.ws;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The relays with an open client socket, so that stopping the gateway can close each with 1001. */
final class OpenRelays {
  private final Set<Relay> open = ConcurrentHashMap.newKeySet();
  private volatile boolean stopping;

  /** Adds a relay; one that opens while the gateway stops is shut down at once. */
  void add(Relay relay) {
    open.add(relay);
    if (stopping && open.remove(relay)) {
      relay.shutdown();
    }
  }

  void remove(Relay relay) {
    open.remove(relay);
  }

  /** Shuts down every open relay and every relay that opens from now on. */
  void shutdownAll() {
    stopping = true;
    for (Relay relay : List.copyOf(open)) {
      if (open.remove(relay)) {
        relay.shutdown();
      }
    }
  }
}

package dev.lxdjava.server.ws;

import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/** The relays with an open client socket, so that stopping the gateway can close each with 1001. */
final class OpenRelays {
  private final Set<Relay> open = ConcurrentHashMap.newKeySet();
  private final ReadWriteLock opening = new ReentrantReadWriteLock();
  private volatile boolean stopping;

  /**
   * Opens a relay and adds it. {@link #shutdownAll} waits for opens in progress, because a relay
   * that sent its first message before it was added would otherwise miss the 1001 close.
   */
  Relay open(Callable<Relay> opener) throws Exception {
    opening.readLock().lock();
    try {
      Relay relay = opener.call();
      add(relay);
      return relay;
    } finally {
      opening.readLock().unlock();
    }
  }

  /** Adds a relay; one that opens while the gateway stops is shut down at once. */
  private void add(Relay relay) {
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
    opening.writeLock().lock();
    try {
      stopping = true;
      for (Relay relay : List.copyOf(open)) {
        if (open.remove(relay)) {
          relay.shutdown();
        }
      }
    } finally {
      opening.writeLock().unlock();
    }
  }
}

package dev.lxdjava.server.ws;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lxdjava.core.Lxd;
import dev.lxdjava.server.http.Problems;
import dev.lxdjava.server.http.Router;

/**
 * The gateway's WebSocket relays of exec, console and events, and the threads they run on. The
 * relays' access is checked by the gateway's central upgrade check, like every other route.
 */
public final class Relays implements AutoCloseable {
  private final RelayThreads threads = new RelayThreads();
  private final RelayRoutes relayRoutes;

  public Relays(Lxd lxd, ObjectMapper json, Problems problems) {
    this.relayRoutes = new RelayRoutes(lxd, json, problems, threads);
  }

  /** Registers the WebSocket routes. */
  public void register(Router router) {
    relayRoutes.register(router);
  }

  /**
   * Closes every open relay with 1001, ending its LXD side, and stops the relay threads. Call
   * before the server stops, which would otherwise drop the sockets without a close frame.
   */
  @Override
  public void close() {
    relayRoutes.shutdown();
    threads.close();
  }
}

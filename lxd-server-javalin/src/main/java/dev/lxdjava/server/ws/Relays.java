package dev.lxdjava.server.ws;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lxdjava.auth.AuthService;
import dev.lxdjava.core.Lxd;
import dev.lxdjava.server.http.Bodies;
import dev.lxdjava.server.http.Problems;
import dev.lxdjava.server.http.Router;
import dev.lxdjava.server.http.WsRouter;
import dev.lxdjava.server.routes.ExecRoutes;
import java.time.Clock;

/**
 * Exec, console and events for the gateway: the WebSocket relays, the ticket route they
 * authenticate with, and the non-interactive exec route. Owns the relays' threads.
 */
public final class Relays implements AutoCloseable {
  private final Lxd lxd;
  private final Bodies bodies;
  private final WsTickets tickets = new WsTickets(Clock.systemUTC());
  private final RelayThreads threads = new RelayThreads();
  private final RelayRoutes relayRoutes;

  public Relays(Lxd lxd, AuthService auth, ObjectMapper json, Problems problems, Bodies bodies) {
    this.lxd = lxd;
    this.bodies = bodies;
    this.relayRoutes =
        new RelayRoutes(
            lxd,
            new WsAuthentication(auth, tickets),
            ProjectAccess.allProjects(),
            json,
            problems,
            threads);
  }

  /** Registers the HTTP routes and the WebSocket routes. */
  public void register(Router http, WsRouter sockets) {
    new WsTicketRoutes(tickets).register(http);
    new ExecRoutes(lxd, bodies).register(http);
    relayRoutes.register(sockets);
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

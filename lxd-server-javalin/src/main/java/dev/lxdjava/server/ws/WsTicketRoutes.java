package dev.lxdjava.server.ws;

import dev.lxdjava.server.http.Access;
import dev.lxdjava.server.http.ApiException;
import dev.lxdjava.server.http.Router;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code POST /api/v1/auth/ws-ticket}: trades the bearer token for a WebSocket ticket. */
public final class WsTicketRoutes {
  private final WsTickets tickets;

  public WsTicketRoutes(WsTickets tickets) {
    this.tickets = tickets;
  }

  /** Registers the route. */
  public void register(Router router) {
    router.post("/api/v1/auth/ws-ticket", Access.VIEWER, this::issue);
  }

  private void issue(Context ctx) {
    // The authentication filter has checked this header before the route runs.
    String token = ctx.header("Authorization").strip().split("\\s+", 2)[1].strip();
    String ticket;
    try {
      ticket = tickets.issue(token);
    } catch (IllegalStateException full) {
      throw new ApiException(429, "too-many-requests", full.getMessage() + "; retry later");
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("ticket", ticket);
    body.put("expires_in", WsTickets.LIFETIME.toSeconds());
    ctx.status(201).json(body);
  }
}

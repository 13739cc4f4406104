package dev.lxdjava.server.routes;

import dev.lxdjava.server.http.Access;
import dev.lxdjava.server.http.ApiException;
import dev.lxdjava.server.http.AuditTrail;
import dev.lxdjava.server.http.Router;
import dev.lxdjava.server.http.WsTickets;
import dev.lxdjava.server.openapi.RouteDoc;
import dev.lxdjava.server.openapi.Schemas;
import dev.lxdjava.server.openapi.Shape;
import io.javalin.http.Context;

/** {@code POST /api/v1/auth/ws-ticket}: trades the caller's credential for a WebSocket ticket. */
public final class WsTicketRoutes {
  private static final Shape TICKET =
      Shape.named(
          "WebSocketTicket",
          components ->
              Schemas.objectSchema(false)
                  .required(
                      "ticket",
                      Schemas.type("string", "the `ticket` query parameter of one upgrade"))
                  .required("expires_in", Schemas.type("integer", "seconds the ticket is valid"))
                  .build());

  static final RouteDoc ISSUE =
      RouteDoc.builder(AuthDocs.TAG, "Get a WebSocket ticket")
          .description(
              "Issues a ticket that opens one WebSocket as the caller, within 30 seconds, as the"
                  + " `ticket` query parameter. Browsers cannot set headers on a WebSocket"
                  + " request, and a ticket keeps the long-lived credential out of URLs. The"
                  + " credential is checked again when the ticket is used, and the route's role"
                  + " then.")
          .json(201, "The ticket", TICKET)
          .errors(429)
          .build();

  private final WsTickets tickets;

  public WsTicketRoutes(WsTickets tickets) {
    this.tickets = tickets;
  }

  /** The reply. */
  record Ticket(String ticket, long expiresIn) {}

  /** Registers the route. */
  public void register(Router router) {
    router.post("/api/v1/auth/ws-ticket", Access.AUTHENTICATED, ISSUE, this::issue);
  }

  private void issue(Context ctx) {
    AuditTrail.action(ctx, "ws-ticket");
    // The access check has read this header before the route runs.
    String token = ctx.header("Authorization").strip().split("\\s+", 2)[1].strip();
    String ticket;
    try {
      ticket = tickets.issue(token);
    } catch (IllegalStateException full) {
      throw new ApiException(429, "too-many-requests", full.getMessage() + "; retry later");
    }
    ctx.status(201).json(new Ticket(ticket, WsTickets.LIFETIME.toSeconds()));
  }
}

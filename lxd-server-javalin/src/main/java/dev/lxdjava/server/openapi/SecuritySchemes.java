package dev.lxdjava.server.openapi;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lxdjava.server.http.Access;

/** The authentication schemes of the API and the ones each route accepts. */
final class SecuritySchemes {
  static final String BEARER = "bearerAuth";
  static final String API_KEY = "apiKeyAuth";
  static final String WS_TICKET = "wsTicket";

  /** Header that carries an API key. */
  static final String API_KEY_HEADER = "X-API-Key";

  /** Query parameter that carries a WebSocket ticket. */
  static final String TICKET_PARAM = "ticket";

  private SecuritySchemes() {}

  static ObjectNode all() {
    ObjectNode schemes = Schemas.object();
    schemes
        .putObject(BEARER)
        .put("type", "http")
        .put("scheme", "bearer")
        .put("bearerFormat", "JWT")
        .put("description", "Access token from `POST /api/v1/auth/login`.");
    schemes
        .putObject(API_KEY)
        .put("type", "apiKey")
        .put("in", "header")
        .put("name", API_KEY_HEADER)
        .put("description", "Long-lived API key of a user, for scripts and CI jobs.");
    schemes
        .putObject(WS_TICKET)
        .put("type", "apiKey")
        .put("in", "query")
        .put("name", TICKET_PARAM)
        .put(
            "description",
            "Short-lived single-use ticket for a WebSocket upgrade, because browsers cannot set"
                + " headers on one.");
    return schemes;
  }

  /** Sets the operation's {@code security} and its required role from the route's access. */
  static void apply(ObjectNode operation, Access access, boolean webSocket) {
    ArrayNode security = operation.putArray("security");
    if (access == Access.PUBLIC) {
      return;
    }
    security.addObject().putArray(BEARER);
    security.addObject().putArray(API_KEY);
    if (webSocket) {
      security.addObject().putArray(WS_TICKET);
    }
    operation.put("x-required-role", access.role().wireName());
  }
}

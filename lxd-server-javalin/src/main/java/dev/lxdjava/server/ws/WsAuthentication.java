package dev.lxdjava.server.ws;

import dev.lxdjava.auth.AuthException;
import dev.lxdjava.auth.AuthService;
import dev.lxdjava.auth.User;
import dev.lxdjava.server.http.Access;
import io.javalin.websocket.WsContext;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Authenticates a WebSocket when it opens. Accepted, in this order: a single-use {@code ticket}
 * query parameter from {@code POST /api/v1/auth/ws-ticket}; an {@code Authorization: Bearer} header
 * (for clients that can set one); a {@code token} query parameter carrying the access token itself,
 * which the earlier gateway used and which stays accepted for compatibility although it puts a
 * long-lived credential into URLs and logs.
 */
public final class WsAuthentication {
  private static final Logger LOG = LoggerFactory.getLogger(WsAuthentication.class);

  private final AuthService auth;
  private final WsTickets tickets;

  public WsAuthentication(AuthService auth, WsTickets tickets) {
    this.auth = auth;
    this.tickets = tickets;
  }

  /** A failed check: the close code and reason to send. */
  public static final class Rejected extends Exception {
    private static final long serialVersionUID = 1L;

    private final int code;

    Rejected(int httpStatus, String reason) {
      super(reason);
      this.code = WsClosing.code(httpStatus);
    }

    /** The close code: 4401 or 4403. */
    public int code() {
      return code;
    }
  }

  /**
   * Returns the user of the socket if it may use a route with {@code access}.
   *
   * @throws Rejected with 4401 when no valid credential came, 4403 when the role is too low
   */
  public User authenticate(WsContext ctx, Access access) throws Rejected {
    User user = user(ctx);
    if (!user.role().includes(access.role())) {
      throw new Rejected(
          403,
          "forbidden: role '"
              + user.role().wireName()
              + "' may not use this WebSocket; it needs '"
              + access.role().wireName()
              + "'");
    }
    return user;
  }

  private User user(WsContext ctx) throws Rejected {
    String ticket = ctx.queryParam("ticket");
    if (ticket != null && !ticket.isEmpty()) {
      Optional<String> token = tickets.redeem(ticket);
      if (token.isEmpty()) {
        throw new Rejected(401, "unauthorized: ticket is unknown, used or expired");
      }
      return verify(token.get());
    }
    String header = ctx.header("Authorization");
    if (header != null && !header.isBlank()) {
      String[] parts = header.strip().split("\\s+", 2);
      if (parts.length != 2 || !parts[0].equalsIgnoreCase("Bearer")) {
        throw new Rejected(401, "unauthorized: Authorization header must be 'Bearer TOKEN'");
      }
      return verify(parts[1].strip());
    }
    String token = ctx.queryParam("token");
    if (token != null && !token.isEmpty()) {
      LOG.debug("WebSocket {} authenticated with ?token= (discouraged)", ctx.endpoint().path);
      return verify(token);
    }
    throw new Rejected(
        401, "unauthorized: send ?ticket= from POST /api/v1/auth/ws-ticket or a bearer token");
  }

  private User verify(String token) throws Rejected {
    try {
      return auth.authenticate(token);
    } catch (AuthException e) {
      throw new Rejected(401, "unauthorized: " + e.getMessage());
    }
  }
}

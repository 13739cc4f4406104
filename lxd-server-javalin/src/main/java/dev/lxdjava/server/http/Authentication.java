package dev.lxdjava.server.http;

import dev.lxdjava.auth.AuthService;
import dev.lxdjava.auth.User;
import io.javalin.http.Context;
import io.javalin.security.RouteRole;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks the bearer token and the role a route declares, before the route runs. Missing or invalid
 * tokens give 401, a role too low 403, and a route that declares no access 500 (fail closed).
 */
public final class Authentication {
  private static final Logger LOG = LoggerFactory.getLogger(Authentication.class);
  private static final String USER_ATTRIBUTE = "user";

  private final AuthService auth;

  public Authentication(AuthService auth) {
    this.auth = auth;
  }

  /** Runs before every matched route. */
  public void check(Context ctx) {
    Set<RouteRole> roles = ctx.routeRoles();
    if (roles.size() != 1 || !(roles.iterator().next() instanceof Access access)) {
      LOG.error("route {} {} declares no access level; refusing", ctx.method(), ctx.path());
      throw new ApiException(500, "internal", "route declares no access level");
    }
    if (access == Access.PUBLIC) {
      return;
    }
    User user = auth.authenticate(bearerToken(ctx));
    ctx.attribute(USER_ATTRIBUTE, user);
    if (!user.role().includes(access.role())) {
      throw new ApiException(
          403,
          "forbidden",
          "role '"
              + user.role().wireName()
              + "' may not "
              + ctx.method()
              + " "
              + ctx.endpoint().path
              + "; it needs '"
              + access.role().wireName()
              + "'");
    }
  }

  /** The authenticated user of the request. */
  public static User user(Context ctx) {
    User user = ctx.attribute(USER_ATTRIBUTE);
    if (user == null) {
      throw new IllegalStateException("route runs without authentication");
    }
    return user;
  }

  /** The user's name, or {@code -} for anonymous requests, for logs. */
  public static String userName(Context ctx) {
    User user = ctx.attribute(USER_ATTRIBUTE);
    return user == null ? "-" : user.username();
  }

  private static String bearerToken(Context ctx) {
    String header = ctx.header("Authorization");
    if (header == null || header.isBlank()) {
      throw new ApiException(
          401, "unauthorized", "missing Authorization header; send 'Authorization: Bearer TOKEN'");
    }
    String[] parts = header.strip().split("\\s+", 2);
    if (parts.length != 2 || !parts[0].equalsIgnoreCase("Bearer") || parts[1].isBlank()) {
      throw new ApiException(
          401, "unauthorized", "Authorization header must have the form 'Bearer TOKEN'");
    }
    return parts[1].strip();
  }
}

package dev.lxdjava.server.http;

import dev.lxdjava.auth.AuthService;
import dev.lxdjava.auth.Authorizer;
import dev.lxdjava.auth.InvalidTokenException;
import dev.lxdjava.auth.ProjectSet;
import dev.lxdjava.auth.Role;
import dev.lxdjava.auth.User;
import dev.lxdjava.core.LxdValidationException;
import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import io.javalin.security.RouteRole;
import io.javalin.websocket.WsContext;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Enforces every route's declaration before the route runs, for HTTP requests and WebSocket
 * upgrades alike: no valid credential gives 401, a role too low in the route's project 403, and a
 * route that declares no access 500 (fail closed). Handlers never check roles themselves.
 *
 * <p>A credential is an access token or an API key in {@code Authorization: Bearer …}. A WebSocket
 * upgrade may instead carry a single-use ticket from {@link WsTickets} as the {@code ticket} query
 * parameter, or the credential itself as the {@code token} query parameter, because browsers cannot
 * set headers on WebSocket requests.
 *
 * <p>A failed upgrade check does not refuse the upgrade, because a browser cannot read the status
 * of a refused one. The upgrade goes ahead with the failure stored on the request, and {@link
 * WebSocketGuard} closes the socket with {@code 4000 +} the status the same failure has on HTTP.
 */
public final class Authentication {
  private static final Logger LOG = LoggerFactory.getLogger(Authentication.class);
  private static final String USER_ATTRIBUTE = "user";
  private static final String PROJECT_ATTRIBUTE = "authorized_project";
  private static final String VISIBLE_ATTRIBUTE = "visible_projects";
  private static final String AUTHORIZER_ATTRIBUTE = "authorizer";
  private static final String UPGRADE_FAILURE_ATTRIBUTE = "upgrade_failure";

  /** Query parameter of a WebSocket ticket. */
  public static final String TICKET_PARAM = "ticket";

  /** Query parameter of a credential on a WebSocket upgrade; kept for earlier clients. */
  public static final String TOKEN_PARAM = "token";

  private final AuthService auth;
  private final AuditTrail audit;
  private final WsTickets tickets;

  public Authentication(AuthService auth, AuditTrail audit, WsTickets tickets) {
    this.auth = auth;
    this.audit = audit;
    this.tickets = tickets;
  }

  /** Runs before every matched HTTP route. */
  public void check(Context ctx) {
    authorize(ctx, declaration(ctx), bearerToken(ctx, false));
  }

  /**
   * Runs before every WebSocket upgrade. The audit trail records each failed check, and each passed
   * one to a route that needs at least operator (exec and console change state). A failure is
   * stored on the request for {@link WebSocketGuard}, never thrown, so the upgrade goes ahead and
   * the socket can be closed with a code and reason a browser can read.
   */
  public void checkUpgrade(Context ctx) {
    Declaration declaration;
    try {
      declaration = declaration(ctx);
      authorize(ctx, declaration, upgradeCredential(ctx));
    } catch (RuntimeException e) {
      int status = failureStatus(e);
      if (status == 500) {
        LOG.error("access check of WebSocket {} failed", ctx.path(), e);
      }
      audit.recordUpgrade(ctx, status, e.getMessage());
      ctx.attribute(UPGRADE_FAILURE_ATTRIBUTE, e);
      return;
    }
    Role required = declaration.access().role();
    if (required != null && required.includes(Role.OPERATOR)) {
      audit.recordUpgrade(ctx, 101, null);
    }
  }

  /** Returns the HTTP status of a failed check, as {@link Problems} maps the same exception. */
  private static int failureStatus(RuntimeException e) {
    if (e instanceof ApiException api) {
      return api.status();
    }
    if (e instanceof InvalidTokenException) {
      return 401;
    }
    if (e instanceof LxdValidationException) {
      return 400;
    }
    return 500;
  }

  /**
   * The failure of a WebSocket's upgrade check, or {@code null} when the socket passed it. {@link
   * WebSocketGuard} closes a socket that has one before any route handler runs for it.
   */
  static RuntimeException upgradeFailure(WsContext ctx) {
    return ctx.attribute(UPGRADE_FAILURE_ATTRIBUTE);
  }

  private static Declaration declaration(Context ctx) {
    Set<RouteRole> roles = ctx.routeRoles();
    Access access = null;
    ProjectFrom project = ProjectFrom.QUERY;
    int accessCount = 0;
    for (RouteRole role : roles) {
      if (role instanceof Access declared) {
        access = declared;
        accessCount++;
      } else if (role instanceof ProjectFrom from) {
        project = from;
      }
    }
    if (accessCount != 1) {
      LOG.error("route {} {} declares no single access level; refusing", ctx.method(), ctx.path());
      throw new ApiException(500, "internal", "route declares no access level");
    }
    return new Declaration(access, access.projectScoped() ? project : ProjectFrom.GLOBAL);
  }

  private void authorize(Context ctx, Declaration declaration, Credential credential) {
    Access access = declaration.access();
    if (access == Access.PUBLIC) {
      return;
    }
    User user = auth.authenticate(requirePresent(credential));
    ctx.attribute(USER_ATTRIBUTE, user);
    ctx.attribute(AUTHORIZER_ATTRIBUTE, auth.authorizer());
    ProjectFrom from = declaration.project();
    String project = from.resolve(ctx);
    ctx.attribute(PROJECT_ATTRIBUTE, project);
    boolean allowed =
        switch (from.source()) {
          case ANY -> anyVisible(ctx, user, access);
          case QUERY_OR_ANY ->
              project == null
                  ? anyVisible(ctx, user, access)
                  : auth.authorizer().allows(user, access.role(), project);
          case QUERY_OR_ALL_PROJECTS -> {
            // Also stored for one project: events without a project depend on the global role.
            boolean anywhere = anyVisible(ctx, user, access);
            yield project == null
                ? anywhere
                : auth.authorizer().allows(user, access.role(), project);
          }
          case QUERY, PATH, GLOBAL -> auth.authorizer().allows(user, access.role(), project);
        };
    if (!allowed) {
      throw new ApiException(403, "forbidden", denial(ctx, user, access, from, project));
    }
  }

  /** Stores the projects where the caller has the role, and allows the request if there is one. */
  private boolean anyVisible(Context ctx, User user, Access access) {
    ProjectSet visible = auth.authorizer().visibleProjects(user, access.role());
    ctx.attribute(VISIBLE_ATTRIBUTE, visible);
    return !visible.isEmpty();
  }

  private String denial(Context ctx, User user, Access access, ProjectFrom from, String project) {
    String route = ctx.method() + " " + routePath(ctx);
    String needed = "'" + access.role().wireName() + "'";
    String where =
        switch (from.source()) {
          case QUERY, PATH -> " in project '" + project + "'";
          case ANY -> " in at least one project";
          case QUERY_OR_ANY, QUERY_OR_ALL_PROJECTS ->
              project == null ? " in at least one project" : " in project '" + project + "'";
          case GLOBAL -> " as a global role";
        };
    Role held = auth.authorizer().effectiveRole(user, project);
    return "user '"
        + user.username()
        + "' has role '"
        + held.wireName()
        + "'"
        + (project == null ? "" : " in project '" + project + "'")
        + " but "
        + route
        + " needs "
        + needed
        + where;
  }

  private static String routePath(Context ctx) {
    Endpoint matched = ctx.endpoints().matchedHttpEndpoint();
    return matched == null ? ctx.path() : matched.path;
  }

  /** The authenticated account of a WebSocket, which passed its upgrade check. */
  public static User user(WsContext ctx) {
    User user = ctx.attribute(USER_ATTRIBUTE);
    if (user == null) {
      throw new IllegalStateException("WebSocket runs without authentication");
    }
    return user;
  }

  /**
   * The project a WebSocket was authorized in, or {@code null} for routes that are global or span
   * projects.
   */
  public static String project(WsContext ctx) {
    return ctx.attribute(PROJECT_ATTRIBUTE);
  }

  /**
   * The projects in which the caller of a WebSocket has the route's role, as {@link
   * #visibleProjects(Context)} for HTTP.
   *
   * @throws IllegalStateException if the upgrade was not authorized across projects
   */
  public static ProjectSet visibleProjects(WsContext ctx) {
    ProjectSet visible = ctx.attribute(VISIBLE_ATTRIBUTE);
    if (visible == null) {
      throw new IllegalStateException("WebSocket was not authorized across projects");
    }
    return visible;
  }

  /** The authenticated account of the request. */
  public static User user(Context ctx) {
    User user = ctx.attribute(USER_ATTRIBUTE);
    if (user == null) {
      throw new IllegalStateException("route runs without authentication");
    }
    return user;
  }

  /** The account's name, or {@code -} for anonymous requests, for logs. */
  public static String userName(Context ctx) {
    User user = ctx.attribute(USER_ATTRIBUTE);
    return user == null ? "-" : user.username();
  }

  /** The authenticated account, or {@code null} for anonymous requests. */
  static User userOrNull(Context ctx) {
    return ctx.attribute(USER_ATTRIBUTE);
  }

  /** The project the request was authorized in, or {@code null} for global and public routes. */
  public static String project(Context ctx) {
    return ctx.attribute(PROJECT_ATTRIBUTE);
  }

  /**
   * The projects in which the caller has the route's role, for routes declared with {@link
   * ProjectFrom#ANY} or {@link ProjectFrom#QUERY_OR_ALL_PROJECTS}, or {@link
   * ProjectFrom#QUERY_OR_ANY} without the query parameter, that list items of several projects and
   * must drop the others.
   *
   * @throws IllegalStateException if the request was not authorized across projects
   */
  /**
   * The projects whose objects the caller may read, whatever the route: every project for a global
   * viewer, otherwise those of the caller's grants.
   */
  public static ProjectSet readableProjects(Context ctx) {
    Authorizer authorizer = ctx.attribute(AUTHORIZER_ATTRIBUTE);
    if (authorizer == null) {
      throw new IllegalStateException("route runs without authentication");
    }
    return authorizer.visibleProjects(user(ctx), Role.VIEWER);
  }

  public static ProjectSet visibleProjects(Context ctx) {
    ProjectSet visible = ctx.attribute(VISIBLE_ATTRIBUTE);
    if (visible == null) {
      throw new IllegalStateException("request was not authorized across projects");
    }
    return visible;
  }

  private static String requirePresent(Credential credential) {
    if (credential.value() == null) {
      throw new ApiException(401, "unauthorized", credential.missing());
    }
    return credential.value();
  }

  /**
   * The credential of a WebSocket upgrade, in this order: a {@code ticket} (redeemed here, so it
   * works once), the {@code Authorization} header, a {@code token} query parameter.
   */
  private Credential upgradeCredential(Context ctx) {
    String ticket = ctx.queryParam(TICKET_PARAM);
    if (ticket != null && !ticket.isEmpty()) {
      String credential =
          tickets
              .redeem(ticket)
              .orElseThrow(
                  () ->
                      new ApiException(
                          401,
                          "unauthorized",
                          "WebSocket ticket is unknown, used or expired; get a new one from POST"
                              + " /api/v1/auth/ws-ticket"));
      return new Credential(credential, null);
    }
    Credential bearer = bearerToken(ctx, true);
    if (bearer.value() != null && ctx.header("Authorization") == null) {
      LOG.debug("WebSocket {} authenticated with ?token= (discouraged)", ctx.path());
    }
    return bearer;
  }

  private static Credential bearerToken(Context ctx, boolean webSocket) {
    String missing =
        webSocket
            ? "missing credential; send ?ticket= from POST /api/v1/auth/ws-ticket or"
                + " 'Authorization: Bearer TOKEN'"
            : "missing Authorization header; send 'Authorization: Bearer TOKEN'";
    String header = ctx.header("Authorization");
    if (header == null || header.isBlank()) {
      String query = webSocket ? ctx.queryParam(TOKEN_PARAM) : null;
      return new Credential(query == null || query.isBlank() ? null : query, missing);
    }
    String[] parts = header.strip().split("\\s+", 2);
    if (parts.length != 2 || !parts[0].equalsIgnoreCase("Bearer") || parts[1].isBlank()) {
      throw new ApiException(
          401, "unauthorized", "Authorization header must have the form 'Bearer TOKEN'");
    }
    return new Credential(parts[1].strip(), missing);
  }

  /** A credential as sent, or {@code null} with the message for its absence. */
  private record Credential(String value, String missing) {}

  private record Declaration(Access access, ProjectFrom project) {}
}

package dev.lxdjava.server.http;

import dev.lxdjava.auth.AuthService;
import dev.lxdjava.auth.InvalidTokenException;
import dev.lxdjava.auth.ProjectSet;
import dev.lxdjava.auth.Role;
import dev.lxdjava.auth.User;
import dev.lxdjava.core.LxdValidationException;
import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import io.javalin.security.RouteRole;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Enforces every route's declaration before the route runs, for HTTP requests and WebSocket
 * upgrades alike: no valid credential gives 401, a role too low in the route's project 403, and a
 * route that declares no access 500 (fail closed). Handlers never check roles themselves.
 *
 * <p>A credential is an access token or an API key in {@code Authorization: Bearer …}; WebSocket
 * upgrades may send it as the {@code token} query parameter instead.
 */
public final class Authentication {
  private static final Logger LOG = LoggerFactory.getLogger(Authentication.class);
  private static final String USER_ATTRIBUTE = "user";
  private static final String PROJECT_ATTRIBUTE = "authorized_project";
  private static final String VISIBLE_ATTRIBUTE = "visible_projects";

  private final AuthService auth;
  private final AuditTrail audit;

  public Authentication(AuthService auth, AuditTrail audit) {
    this.auth = auth;
    this.audit = audit;
  }

  /** Runs before every matched HTTP route. */
  public void check(Context ctx) {
    authorize(ctx, declaration(ctx), bearerToken(ctx, false));
  }

  /**
   * Runs before every WebSocket upgrade. The audit trail records each refused upgrade, and each
   * accepted one to a route that needs at least operator (exec and console change state).
   */
  public void checkUpgrade(Context ctx) {
    Declaration declaration = null;
    try {
      declaration = declaration(ctx);
      authorize(ctx, declaration, bearerToken(ctx, true));
    } catch (ApiException e) {
      audit.recordUpgrade(ctx, e.status(), e.getMessage());
      throw e;
    } catch (InvalidTokenException e) {
      audit.recordUpgrade(ctx, 401, e.getMessage());
      throw e;
    } catch (LxdValidationException e) {
      audit.recordUpgrade(ctx, 400, e.getMessage());
      throw e;
    }
    Role required = declaration.access().role();
    if (required != null && required.includes(Role.OPERATOR)) {
      audit.recordUpgrade(ctx, 101, null);
    }
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

  private void authorize(Context ctx, Declaration declaration, String token) {
    Access access = declaration.access();
    if (access == Access.PUBLIC) {
      return;
    }
    User user = auth.authenticate(requirePresent(token));
    ctx.attribute(USER_ATTRIBUTE, user);
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
          case QUERY_OR_ANY ->
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
   * ProjectFrom#ANY}, or {@link ProjectFrom#QUERY_OR_ANY} without the query parameter, that list
   * items of several projects and must drop the others.
   *
   * @throws IllegalStateException if the request was not authorized across projects
   */
  public static ProjectSet visibleProjects(Context ctx) {
    ProjectSet visible = ctx.attribute(VISIBLE_ATTRIBUTE);
    if (visible == null) {
      throw new IllegalStateException("request was not authorized across projects");
    }
    return visible;
  }

  private static String requirePresent(String token) {
    if (token == null) {
      throw new ApiException(
          401, "unauthorized", "missing Authorization header; send 'Authorization: Bearer TOKEN'");
    }
    return token;
  }

  private static String bearerToken(Context ctx, boolean allowQuery) {
    String header = ctx.header("Authorization");
    if (header == null || header.isBlank()) {
      String query = allowQuery ? ctx.queryParam("token") : null;
      return query == null || query.isBlank() ? null : query;
    }
    String[] parts = header.strip().split("\\s+", 2);
    if (parts.length != 2 || !parts[0].equalsIgnoreCase("Bearer") || parts[1].isBlank()) {
      throw new ApiException(
          401, "unauthorized", "Authorization header must have the form 'Bearer TOKEN'");
    }
    return parts[1].strip();
  }

  private record Declaration(Access access, ProjectFrom project) {}
}

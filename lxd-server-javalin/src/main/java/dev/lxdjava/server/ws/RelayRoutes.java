package dev.lxdjava.server.ws;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lxdjava.auth.User;
import dev.lxdjava.core.Lxd;
import dev.lxdjava.core.Names;
import dev.lxdjava.core.event.EventFilter;
import dev.lxdjava.core.event.EventType;
import dev.lxdjava.server.http.Access;
import dev.lxdjava.server.http.ApiException;
import dev.lxdjava.server.http.Problems;
import dev.lxdjava.server.http.WsRouter;
import io.javalin.websocket.WsConnectContext;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * The WebSocket relays: exec and console (operator) and events (viewer). Each is also registered
 * under the earlier gateway's path ({@code …/exec/ws}, {@code …/console/ws}, {@code
 * /api/v1/operations/ws}) so its clients keep working.
 */
public final class RelayRoutes {
  private final Lxd lxd;
  private final WsAuthentication authentication;
  private final ProjectAccess projects;
  private final ObjectMapper json;
  private final Problems problems;
  private final RelayThreads threads;
  private final OpenRelays open = new OpenRelays();

  public RelayRoutes(
      Lxd lxd,
      WsAuthentication authentication,
      ProjectAccess projects,
      ObjectMapper json,
      Problems problems,
      RelayThreads threads) {
    this.lxd = lxd;
    this.authentication = authentication;
    this.projects = projects;
    this.json = json;
    this.problems = problems;
    this.threads = threads;
  }

  /** Registers the routes. */
  public void register(WsRouter router) {
    for (String path :
        new String[] {"/api/v1/instances/{name}/exec", "/api/v1/instances/{name}/exec/ws"}) {
      router.ws(
          path, Access.OPERATOR, route(Access.OPERATOR, (ctx, user) -> terminal(ctx, user, false)));
    }
    for (String path :
        new String[] {"/api/v1/instances/{name}/console", "/api/v1/instances/{name}/console/ws"}) {
      router.ws(
          path, Access.OPERATOR, route(Access.OPERATOR, (ctx, user) -> terminal(ctx, user, true)));
    }
    for (String path : new String[] {"/api/v1/events", "/api/v1/operations/ws"}) {
      router.ws(path, Access.VIEWER, route(Access.VIEWER, this::events));
    }
  }

  private RelayRoute route(Access access, RelayRoute.Opener opener) {
    return new RelayRoute(authentication, problems, access, opener, open);
  }

  /** Closes every open relay with 1001 and ends its LXD side. */
  void shutdown() {
    open.shutdownAll();
  }

  private ClientSocket client(WsConnectContext ctx) {
    return new ClientSocket(ctx.session, json);
  }

  private Relay terminal(WsConnectContext ctx, User user, boolean console) {
    String instance = Names.instance(ctx.pathParam("name"));
    String project = project(ctx);
    requireVisible(user, project);
    return new TerminalRelay(
        lxd.project(project),
        instance,
        console,
        user.username(),
        client(ctx),
        json,
        problems,
        threads);
  }

  private Relay events(WsConnectContext ctx, User user) {
    EventFilter filter = filter(ctx);
    if (!filter.allProjects()) {
      requireVisible(user, filter.project());
    }
    return new EventsRelay(lxd, filter, user, projects, client(ctx));
  }

  private void requireVisible(User user, String project) {
    if (!projects.mayView(user, project)) {
      throw new ApiException(403, "forbidden", "project '" + project + "' is not visible to you");
    }
  }

  private static String project(WsConnectContext ctx) {
    String value = ctx.queryParam("project");
    return value == null || value.isEmpty() ? "default" : Names.segment("project name", value);
  }

  private static boolean allProjects(String value) {
    if (value == null || value.isEmpty()) {
      return false;
    }
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "true", "1" -> true;
      case "false", "0" -> false;
      default ->
          throw ApiException.badRequest(
              "query parameter 'all-projects'='" + value + "' must be true or false");
    };
  }

  /** Reads {@code type}, {@code project} and {@code all-projects} as LXD's events endpoint does. */
  static EventFilter filter(WsConnectContext ctx) {
    String typeParam = ctx.queryParam("type");
    Set<EventType> types = EnumSet.allOf(EventType.class);
    if (typeParam != null && !typeParam.isBlank()) {
      types = EnumSet.noneOf(EventType.class);
      for (String name : typeParam.split(",")) {
        types.add(EventType.fromWireName(name.strip().toLowerCase(Locale.ROOT)));
      }
    }
    boolean allProjects = allProjects(ctx.queryParam("all-projects"));
    String project = ctx.queryParam("project");
    if (allProjects) {
      if (project != null && !project.isEmpty()) {
        throw ApiException.badRequest("use either 'project' or 'all-projects=true', not both");
      }
      return EventFilter.allProjects(types);
    }
    return EventFilter.project(project(ctx), types);
  }
}

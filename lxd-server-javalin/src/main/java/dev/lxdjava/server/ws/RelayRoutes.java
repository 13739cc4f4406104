package dev.lxdjava.server.ws;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lxdjava.auth.User;
import dev.lxdjava.core.Lxd;
import dev.lxdjava.core.LxdApiException;
import dev.lxdjava.core.LxdValidationException;
import dev.lxdjava.core.Names;
import dev.lxdjava.core.event.EventFilter;
import dev.lxdjava.core.event.EventType;
import dev.lxdjava.server.http.Access;
import dev.lxdjava.server.http.ApiException;
import dev.lxdjava.server.http.Authentication;
import dev.lxdjava.server.http.ParameterException;
import dev.lxdjava.server.http.Problems;
import dev.lxdjava.server.http.ProjectFrom;
import dev.lxdjava.server.http.Router;
import dev.lxdjava.server.openapi.WsDoc;
import io.javalin.websocket.WsConnectContext;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * The WebSocket relays: exec and console (operator in the instance's project) and events (viewer in
 * the project, or in at least one project with {@code all-projects=true}). Each is also registered
 * under the earlier gateway's path ({@code …/exec/ws}, {@code …/console/ws}, {@code
 * /api/v1/operations/ws}) so its clients keep working.
 */
public final class RelayRoutes {
  private final Lxd lxd;
  private final ObjectMapper json;
  private final Problems problems;
  private final RelayThreads threads;
  private final OpenRelays open = new OpenRelays();

  public RelayRoutes(Lxd lxd, ObjectMapper json, Problems problems, RelayThreads threads) {
    this.lxd = lxd;
    this.json = json;
    this.problems = problems;
    this.threads = threads;
  }

  /** Registers the routes. */
  public void register(Router router) {
    router.ws(
        "/api/v1/instances/{name}/exec",
        Access.OPERATOR,
        RelayDocs.EXEC,
        route(RelayDocs.EXEC, (ctx, user) -> terminal(ctx, user, false)));
    router.ws(
        "/api/v1/instances/{name}/exec/ws",
        Access.OPERATOR,
        RelayDocs.EXEC_EARLIER_PATH,
        route(RelayDocs.EXEC_EARLIER_PATH, (ctx, user) -> terminal(ctx, user, false)));
    router.ws(
        "/api/v1/instances/{name}/console",
        Access.OPERATOR,
        RelayDocs.CONSOLE,
        route(RelayDocs.CONSOLE, (ctx, user) -> terminal(ctx, user, true)));
    router.ws(
        "/api/v1/instances/{name}/console/ws",
        Access.OPERATOR,
        RelayDocs.CONSOLE_EARLIER_PATH,
        route(RelayDocs.CONSOLE_EARLIER_PATH, (ctx, user) -> terminal(ctx, user, true)));
    router.ws(
        "/api/v1/events",
        Access.VIEWER,
        ProjectFrom.QUERY_OR_ALL_PROJECTS,
        RelayDocs.EVENTS,
        route(RelayDocs.EVENTS, this::events));
    router.ws(
        "/api/v1/operations/ws",
        Access.VIEWER,
        ProjectFrom.QUERY_OR_ALL_PROJECTS,
        RelayDocs.EVENTS_EARLIER_PATH,
        route(RelayDocs.EVENTS_EARLIER_PATH, this::events));
  }

  private RelayRoute route(WsDoc doc, RelayRoute.Opener opener) {
    return new RelayRoute(opener, open, new QueryCheck(doc.query()));
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
    return new TerminalRelay(
        lxd.project(Authentication.project(ctx)),
        instance,
        console,
        user.username(),
        client(ctx),
        json,
        problems,
        threads);
  }

  private Relay events(WsConnectContext ctx, User user) {
    String project = Authentication.project(ctx);
    Set<EventType> types = types(ctx.queryParam("type"));
    EventFilter filter =
        project == null ? EventFilter.allProjects(types) : EventFilter.project(project, types);
    try {
      return new EventsRelay(lxd, filter, user, Authentication.visibleProjects(ctx), client(ctx));
    } catch (LxdApiException refused) {
      throw project == null ? refused : missingProject(project, refused);
    }
  }

  /**
   * LXD 5.0.2 refuses events of an unknown project with 500 "Project not found"; the project list
   * tells that case apart from a real failure.
   */
  private RuntimeException missingProject(String project, LxdApiException refused) {
    if (lxd.projects().find(project).isPresent()) {
      return refused;
    }
    return new ApiException(404, "not-found", "project '" + project + "' not found");
  }

  /** Reads {@code type} as LXD's events endpoint does: comma-separated, all types when absent. */
  static Set<EventType> types(String typeParam) {
    if (typeParam == null || typeParam.isBlank()) {
      return EnumSet.allOf(EventType.class);
    }
    Set<EventType> types = EnumSet.noneOf(EventType.class);
    for (String name : typeParam.split(",")) {
      try {
        types.add(EventType.fromWireName(name.strip().toLowerCase(Locale.ROOT)));
      } catch (LxdValidationException unknown) {
        throw new ParameterException("type", "query parameter 'type': " + unknown.getMessage());
      }
    }
    return types;
  }
}

package dev.lxdjava.server.http;

import dev.lxdjava.server.openapi.RouteDoc;
import dev.lxdjava.server.openapi.WsDoc;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.router.Endpoint;
import io.javalin.security.Roles;
import io.javalin.websocket.WsConfig;
import io.javalin.websocket.WsHandlerType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Registers HTTP and WebSocket routes, each with the one {@link Access} level it needs, where its
 * project comes from ({@link ProjectFrom}, the {@code project} query parameter unless given) and
 * its documentation. It keeps the route table from which the OpenAPI document is built and which
 * tests walk. {@link Authentication} enforces the declarations before any handler runs; the
 * documentation travels with the Javalin endpoint as metadata, so {@link RequestRules} can check
 * requests against it.
 *
 * <p>Every GET route also serves HEAD with the same declaration; the table and the document list
 * only the GET, and {@link RouteSpec#methods()} names both.
 */
public final class Router {
  private static final Pattern PATH_PARAM = Pattern.compile("[{<]([A-Za-z0-9_-]+)[}>]");

  private final RoutesConfig routes;
  private final List<RouteSpec> table = new ArrayList<>();
  private final List<WsRouteSpec> wsTable = new ArrayList<>();

  public Router(RoutesConfig routes) {
    this.routes = routes;
  }

  /**
   * One registered HTTP route.
   *
   * @param method HTTP method
   * @param path Javalin path pattern, for example {@code /api/v1/instances/{name}}
   * @param access access level the route requires
   * @param project where the route's project comes from; {@link Authentication} ignores it for
   *     access levels that are not {@link Access#projectScoped() project-scoped}
   * @param doc the route's documentation
   */
  public record RouteSpec(
      HandlerType method, String path, Access access, ProjectFrom project, RouteDoc doc) {
    /** A route whose project, if its access is project-scoped, is the query parameter. */
    public RouteSpec(HandlerType method, String path, Access access, RouteDoc doc) {
      this(method, path, access, ProjectFrom.QUERY, doc);
    }

    /** Returns the methods Javalin serves the route under; a GET route also serves HEAD. */
    public List<HandlerType> methods() {
      return method == HandlerType.GET
          ? List.of(HandlerType.GET, HandlerType.HEAD)
          : List.of(method);
    }
  }

  /**
   * One registered WebSocket route.
   *
   * @param path Javalin path pattern
   * @param access access level the upgrade requires
   * @param project where the route's project comes from, as for {@link RouteSpec}
   * @param doc the route's documentation
   */
  public record WsRouteSpec(String path, Access access, ProjectFrom project, WsDoc doc) {
    /** A route whose project, if its access is project-scoped, is the query parameter. */
    public WsRouteSpec(String path, Access access, WsDoc doc) {
      this(path, access, ProjectFrom.QUERY, doc);
    }
  }

  public void get(String path, Access access, RouteDoc doc, Handler handler) {
    add(new RouteSpec(HandlerType.GET, path, access, doc), handler);
  }

  public void get(String path, Access access, ProjectFrom project, RouteDoc doc, Handler handler) {
    add(new RouteSpec(HandlerType.GET, path, access, project, doc), handler);
  }

  public void post(String path, Access access, RouteDoc doc, Handler handler) {
    add(new RouteSpec(HandlerType.POST, path, access, doc), handler);
  }

  public void post(String path, Access access, ProjectFrom project, RouteDoc doc, Handler handler) {
    add(new RouteSpec(HandlerType.POST, path, access, project, doc), handler);
  }

  public void put(String path, Access access, RouteDoc doc, Handler handler) {
    add(new RouteSpec(HandlerType.PUT, path, access, doc), handler);
  }

  public void put(String path, Access access, ProjectFrom project, RouteDoc doc, Handler handler) {
    add(new RouteSpec(HandlerType.PUT, path, access, project, doc), handler);
  }

  public void patch(String path, Access access, RouteDoc doc, Handler handler) {
    add(new RouteSpec(HandlerType.PATCH, path, access, doc), handler);
  }

  public void patch(
      String path, Access access, ProjectFrom project, RouteDoc doc, Handler handler) {
    add(new RouteSpec(HandlerType.PATCH, path, access, project, doc), handler);
  }

  public void delete(String path, Access access, RouteDoc doc, Handler handler) {
    add(new RouteSpec(HandlerType.DELETE, path, access, doc), handler);
  }

  public void delete(
      String path, Access access, ProjectFrom project, RouteDoc doc, Handler handler) {
    add(new RouteSpec(HandlerType.DELETE, path, access, project, doc), handler);
  }

  /**
   * Registers a WebSocket route whose project, if its access is project-scoped, is the query
   * parameter. {@link Authentication#checkUpgrade} checks the declaration before the upgrade; the
   * credential comes from the {@code Authorization} header or the {@code token} query parameter,
   * because browsers cannot set headers on WebSocket requests.
   */
  public void ws(String path, Access access, WsDoc doc, Consumer<WsConfig> ws) {
    ws(path, access, ProjectFrom.QUERY, doc, ws);
  }

  /** Registers a WebSocket route whose project comes from {@code project}. */
  public void ws(
      String path, Access access, ProjectFrom project, WsDoc doc, Consumer<WsConfig> ws) {
    checkProjectSource("WEBSOCKET " + path, path, access, project, doc.query());
    routes.addWsHandler(WsHandlerType.WEBSOCKET, path, ws, access, project);
    wsTable.add(new WsRouteSpec(path, access, project, doc));
  }

  private void add(RouteSpec spec, Handler handler) {
    checkProjectSource(
        spec.method() + " " + spec.path(),
        spec.path(),
        spec.access(),
        spec.project(),
        spec.doc().query());
    for (HandlerType method : spec.methods()) {
      // Javalin handles HEAD on a GET route itself, without the route's declaration, so the
      // authentication check would reject it as undeclared. The twin carries the same declaration
      // and runs the GET handler, and Jetty drops the body.
      routes.addEndpoint(
          Endpoint.create(method, spec.path())
              .addMetadata(new Roles(Set.of(spec.access(), spec.project())))
              .addMetadata(spec.doc())
              .handler(handler));
    }
    table.add(spec);
  }

  /**
   * Fails the registration when a project-scoped route names a project source its request cannot
   * carry: a query parameter its documentation does not accept, or a path parameter its path lacks.
   */
  private static void checkProjectSource(
      String route,
      String path,
      Access access,
      ProjectFrom project,
      List<QueryParam> documentedQuery) {
    if (!access.projectScoped()) {
      return;
    }
    boolean fromQuery =
        project.source() == ProjectFrom.Source.QUERY
            || project.source() == ProjectFrom.Source.QUERY_OR_ANY;
    if (fromQuery
        && documentedQuery.stream().noneMatch(param -> param.name().equals(project.parameter()))) {
      throw new IllegalStateException(
          route
              + " is checked in the project of the '"
              + project.parameter()
              + "' query parameter, but its documentation does not accept that parameter");
    }
    if (project.source() == ProjectFrom.Source.PATH
        && PATH_PARAM
            .matcher(path)
            .results()
            .noneMatch(m -> m.group(1).equals(project.parameter()))) {
      throw new IllegalStateException(
          route + " takes its project from path parameter '" + project.parameter() + "'");
    }
  }

  /** Returns every HTTP route registered so far; a GET route stands for its HEAD twin too. */
  public List<RouteSpec> table() {
    return List.copyOf(table);
  }

  /** Returns every WebSocket route registered so far. */
  public List<WsRouteSpec> wsTable() {
    return List.copyOf(wsTable);
  }
}

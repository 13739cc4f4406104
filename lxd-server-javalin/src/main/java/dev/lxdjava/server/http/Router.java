package dev.lxdjava.server.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.websocket.WsConfig;
import io.javalin.websocket.WsHandlerType;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Registers HTTP and WebSocket routes, each with the one {@link Access} level it needs and where
 * its project comes from, and keeps the table of routes so tests and the API description can walk
 * every one of them. {@link Authentication} enforces the declarations before any handler runs.
 */
public final class Router {
  private final RoutesConfig routes;
  private final List<RouteSpec> table = new ArrayList<>();
  private final List<RouteSpec> webSockets = new ArrayList<>();

  public Router(RoutesConfig routes) {
    this.routes = routes;
  }

  /**
   * One registered route.
   *
   * @param method HTTP method; {@code GET} for WebSocket upgrades
   * @param path Javalin path pattern, for example {@code /api/v1/instances/{name}}
   * @param access access level the route requires
   * @param project where the route's project comes from, as declared; {@link Authentication}
   *     ignores it for access levels that are not {@link Access#projectScoped() project-scoped}
   */
  public record RouteSpec(HandlerType method, String path, Access access, ProjectFrom project) {
    /** A route whose project, if its access is project-scoped, is the query parameter. */
    public RouteSpec(HandlerType method, String path, Access access) {
      this(method, path, access, ProjectFrom.QUERY);
    }
  }

  public void get(String path, Access access, Handler handler) {
    add(HandlerType.GET, path, access, ProjectFrom.QUERY, handler);
  }

  public void get(String path, Access access, ProjectFrom project, Handler handler) {
    add(HandlerType.GET, path, access, project, handler);
  }

  public void post(String path, Access access, Handler handler) {
    add(HandlerType.POST, path, access, ProjectFrom.QUERY, handler);
  }

  public void post(String path, Access access, ProjectFrom project, Handler handler) {
    add(HandlerType.POST, path, access, project, handler);
  }

  public void put(String path, Access access, Handler handler) {
    add(HandlerType.PUT, path, access, ProjectFrom.QUERY, handler);
  }

  public void put(String path, Access access, ProjectFrom project, Handler handler) {
    add(HandlerType.PUT, path, access, project, handler);
  }

  public void patch(String path, Access access, Handler handler) {
    add(HandlerType.PATCH, path, access, ProjectFrom.QUERY, handler);
  }

  public void patch(String path, Access access, ProjectFrom project, Handler handler) {
    add(HandlerType.PATCH, path, access, project, handler);
  }

  public void delete(String path, Access access, Handler handler) {
    add(HandlerType.DELETE, path, access, ProjectFrom.QUERY, handler);
  }

  public void delete(String path, Access access, ProjectFrom project, Handler handler) {
    add(HandlerType.DELETE, path, access, project, handler);
  }

  /**
   * Registers a WebSocket route. {@link Authentication#checkUpgrade} checks the declaration before
   * the upgrade; the token comes from the {@code Authorization} header or the {@code token} query
   * parameter, because browsers cannot set headers on WebSocket requests.
   */
  public void ws(String path, Access access, Consumer<WsConfig> handler) {
    ws(path, access, ProjectFrom.QUERY, handler);
  }

  /** Registers a WebSocket route whose project comes from {@code project}. */
  public void ws(String path, Access access, ProjectFrom project, Consumer<WsConfig> handler) {
    RouteSpec spec = new RouteSpec(HandlerType.GET, path, access, project);
    routes.addWsHandler(WsHandlerType.WEBSOCKET, path, handler, access, project);
    webSockets.add(spec);
  }

  private void add(
      HandlerType method, String path, Access access, ProjectFrom project, Handler handler) {
    RouteSpec spec = new RouteSpec(method, path, access, project);
    routes.addHttpHandler(method, path, handler, access, project);
    table.add(spec);
  }

  /** Every HTTP route registered so far. */
  public List<RouteSpec> table() {
    return List.copyOf(table);
  }

  /** Every WebSocket route registered so far. */
  public List<RouteSpec> webSocketTable() {
    return List.copyOf(webSockets);
  }
}

package dev.lxdjava.server.http;

import dev.lxdjava.server.openapi.RouteDoc;
import dev.lxdjava.server.openapi.WsDoc;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.router.Endpoint;
import io.javalin.security.Roles;
import io.javalin.websocket.WsConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Registers routes, each with the one {@link Access} level it needs and its documentation, and
 * keeps the table of routes from which the OpenAPI document is built. Every GET route also serves
 * HEAD; the table and the document list only the GET. The documentation travels with the Javalin
 * endpoint as metadata, so {@link RequestRules} can check requests against it.
 */
public final class Router {
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
   * @param doc the route's documentation
   */
  public record RouteSpec(HandlerType method, String path, Access access, RouteDoc doc) {}

  /**
   * One registered WebSocket route.
   *
   * @param path Javalin path pattern
   * @param access access level the upgrade requires
   * @param doc the route's documentation
   */
  public record WsRouteSpec(String path, Access access, WsDoc doc) {}

  public void get(String path, Access access, RouteDoc doc, Handler handler) {
    add(HandlerType.GET, path, access, doc, handler);
  }

  public void post(String path, Access access, RouteDoc doc, Handler handler) {
    add(HandlerType.POST, path, access, doc, handler);
  }

  public void put(String path, Access access, RouteDoc doc, Handler handler) {
    add(HandlerType.PUT, path, access, doc, handler);
  }

  public void patch(String path, Access access, RouteDoc doc, Handler handler) {
    add(HandlerType.PATCH, path, access, doc, handler);
  }

  public void delete(String path, Access access, RouteDoc doc, Handler handler) {
    add(HandlerType.DELETE, path, access, doc, handler);
  }

  /** Registers a WebSocket route. */
  public void ws(String path, Access access, WsDoc doc, Consumer<WsConfig> ws) {
    routes.ws(path, ws, access);
    wsTable.add(new WsRouteSpec(path, access, doc));
  }

  private void add(HandlerType method, String path, Access access, RouteDoc doc, Handler handler) {
    register(method, path, access, doc, handler);
    if (method == HandlerType.GET) {
      // Javalin handles HEAD on a GET route itself, without the route's access level, so the
      // authentication check would reject it as undeclared. A twin with the same access runs
      // the GET handler instead, and Jetty drops the body.
      register(HandlerType.HEAD, path, access, doc, handler);
    }
    table.add(new RouteSpec(method, path, access, doc));
  }

  private void register(
      HandlerType method, String path, Access access, RouteDoc doc, Handler handler) {
    routes.addEndpoint(
        Endpoint.create(method, path)
            .addMetadata(new Roles(Set.of(access)))
            .addMetadata(doc)
            .handler(handler));
  }

  /** Every HTTP route registered so far. */
  public List<RouteSpec> table() {
    return List.copyOf(table);
  }

  /** Every WebSocket route registered so far. */
  public List<WsRouteSpec> wsTable() {
    return List.copyOf(wsTable);
  }
}

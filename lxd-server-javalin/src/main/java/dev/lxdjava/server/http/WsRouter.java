package dev.lxdjava.server.http;

import io.javalin.config.RoutesConfig;
import io.javalin.websocket.WsConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Registers WebSocket routes, each with the one {@link Access} level it needs, and keeps their
 * table next to the HTTP route table of {@link Router}. The access level travels with the route as
 * its Javalin role. The endpoint checks it when the socket opens, because a browser cannot read the
 * HTTP status of a rejected upgrade but can read a close code and reason.
 */
public final class WsRouter {
  private final RoutesConfig routes;
  private final List<WsRouteSpec> table = new ArrayList<>();

  public WsRouter(RoutesConfig routes) {
    this.routes = routes;
  }

  /**
   * One registered WebSocket route.
   *
   * @param path Javalin path pattern, for example {@code /api/v1/instances/{name}/exec}
   * @param access access level the route requires
   */
  public record WsRouteSpec(String path, Access access) {}

  /** Registers a WebSocket route; {@code endpoint} sets up its handlers. */
  public void ws(String path, Access access, Consumer<WsConfig> endpoint) {
    routes.ws(path, endpoint, access);
    table.add(new WsRouteSpec(path, access));
  }

  /** Every WebSocket route registered so far. */
  public List<WsRouteSpec> table() {
    return List.copyOf(table);
  }
}

package dev.lxdjava.server.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.ArrayList;
import java.util.List;

/**
 * Registers HTTP routes, each with the one {@link Access} level it needs, and keeps the table of
 * routes so tests and the API description can walk every one of them.
 */
public final class Router {
  private final RoutesConfig routes;
  private final List<RouteSpec> table = new ArrayList<>();

  public Router(RoutesConfig routes) {
    this.routes = routes;
  }

  /**
   * One registered route.
   *
   * @param method HTTP method
   * @param path Javalin path pattern, for example {@code /api/v1/instances/{name}}
   * @param access access level the route requires
   */
  public record RouteSpec(HandlerType method, String path, Access access) {}

  public void get(String path, Access access, Handler handler) {
    add(HandlerType.GET, path, access, handler);
  }

  public void post(String path, Access access, Handler handler) {
    add(HandlerType.POST, path, access, handler);
  }

  public void put(String path, Access access, Handler handler) {
    add(HandlerType.PUT, path, access, handler);
  }

  public void patch(String path, Access access, Handler handler) {
    add(HandlerType.PATCH, path, access, handler);
  }

  public void delete(String path, Access access, Handler handler) {
    add(HandlerType.DELETE, path, access, handler);
  }

  private void add(HandlerType method, String path, Access access, Handler handler) {
    routes.addHttpHandler(method, path, handler, access);
    table.add(new RouteSpec(method, path, access));
  }

  /** Every route registered so far. */
  public List<RouteSpec> table() {
    return List.copyOf(table);
  }
}

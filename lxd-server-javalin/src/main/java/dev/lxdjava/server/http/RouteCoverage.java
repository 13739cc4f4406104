package dev.lxdjava.server.http;

import io.javalin.Javalin;
import io.javalin.http.HandlerType;
import io.javalin.router.Endpoint;
import io.javalin.router.ParsedEndpoint;
import io.javalin.security.Roles;
import io.javalin.security.RouteRole;
import io.javalin.websocket.WsHandlerEntry;
import io.javalin.websocket.WsHandlerType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads the routes from Javalin's own router rather than from {@link Router}, so a route added
 * around the {@link Router} (straight on Javalin's config, or by a plugin) is seen too.
 */
public final class RouteCoverage {
  private RouteCoverage() {}

  /**
   * A route as Javalin's router stores it.
   *
   * @param method HTTP method; {@code GET} for WebSocket routes
   * @param path path pattern
   * @param webSocket whether it is a WebSocket route
   * @param roles the route roles it was registered with
   */
  public record Registered(
      HandlerType method, String path, boolean webSocket, Set<RouteRole> roles) {
    public Registered {
      roles = Set.copyOf(roles);
    }

    /** The single {@link Access} level it declares, or {@code null} if it declares none or two. */
    public Access access() {
      List<Access> levels =
          roles.stream().filter(Access.class::isInstance).map(Access.class::cast).toList();
      return levels.size() == 1 ? levels.get(0) : null;
    }

    @Override
    public String toString() {
      return (webSocket ? "WEBSOCKET " : method + " ") + path;
    }
  }

  /** Every HTTP endpoint and WebSocket route registered in the app. */
  public static List<Registered> routes(Javalin app) {
    List<Registered> result = new ArrayList<>();
    for (ParsedEndpoint parsed : app.unsafe.internalRouter.allHttpHandlers()) {
      Endpoint endpoint = parsed.endpoint;
      if (!endpoint.method.isHttpMethod()) {
        continue;
      }
      Roles roles = endpoint.metadata(Roles.class);
      result.add(
          new Registered(
              endpoint.method, endpoint.path, false, roles == null ? Set.of() : roles.getRoles()));
    }
    for (WsHandlerEntry entry : app.unsafe.internalRouter.allWsHandlers()) {
      if (entry.getType() == WsHandlerType.WEBSOCKET) {
        result.add(new Registered(HandlerType.GET, entry.getPath(), true, entry.getRoles()));
      }
    }
    return result;
  }

  /** The routes that declare no single {@link Access} level; requests to them get 500. */
  public static List<Registered> undeclared(Javalin app) {
    return routes(app).stream().filter(route -> route.access() == null).toList();
  }
}

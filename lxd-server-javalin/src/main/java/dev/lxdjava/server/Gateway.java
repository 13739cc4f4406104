package dev.lxdjava.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lxdjava.auth.AuthService;
import dev.lxdjava.core.Lxd;
import dev.lxdjava.server.http.Authentication;
import dev.lxdjava.server.http.Bodies;
import dev.lxdjava.server.http.GatewayJson;
import dev.lxdjava.server.http.Problem;
import dev.lxdjava.server.http.Problems;
import dev.lxdjava.server.http.RequestIds;
import dev.lxdjava.server.http.Router;
import dev.lxdjava.server.http.WsRouter;
import dev.lxdjava.server.routes.AuthRoutes;
import dev.lxdjava.server.routes.HealthRoutes;
import dev.lxdjava.server.routes.InstanceRoutes;
import dev.lxdjava.server.routes.OperationRoutes;
import dev.lxdjava.server.ws.Relays;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.json.JavalinJackson;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP server: routes, authentication, error mapping and access log around an {@link Lxd} and
 * an {@link AuthService}. It owns neither; {@link Main} closes them.
 */
public final class Gateway implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Gateway.class);
  private static final Logger ACCESS = LoggerFactory.getLogger("dev.lxdjava.server.access");

  /** Largest JSON request body, in bytes. */
  static final long MAX_JSON_BODY = 1024 * 1024;

  private final Javalin app;
  private final List<Router.RouteSpec> routes;
  private final List<WsRouter.WsRouteSpec> webSocketRoutes;
  private final Relays relays;

  private Gateway(
      Javalin app,
      List<Router.RouteSpec> routes,
      List<WsRouter.WsRouteSpec> webSocketRoutes,
      Relays relays) {
    this.app = app;
    this.routes = routes;
    this.webSocketRoutes = webSocketRoutes;
    this.relays = relays;
  }

  /**
   * Builds and starts the server.
   *
   * @param host address to bind
   * @param port port to bind; 0 picks a free one, see {@link #port()}
   */
  public static Gateway start(Lxd lxd, AuthService auth, String host, int port) {
    ObjectMapper json = GatewayJson.mapper();
    Problems problems = new Problems(json);
    Bodies bodies = new Bodies(json);
    Authentication authentication = new Authentication(auth);
    AtomicReference<Router> router = new AtomicReference<>();
    AtomicReference<WsRouter> wsRouter = new AtomicReference<>();
    Relays relays = new Relays(lxd, auth, json, problems, bodies);
    Javalin app =
        Javalin.create(
            config -> {
              configureServer(config, json);
              Router routes = new Router(config.routes);
              router.set(routes);
              config.routes.before(RequestIds::assign);
              config.routes.beforeMatched(authentication::check);
              config.routes.exception(Exception.class, problems::handle);
              config.routes.error(404, ctx -> unmatched(ctx, problems, 404));
              config.routes.error(405, ctx -> unmatched(ctx, problems, 405));
              config.requestLogger.http(Gateway::logAccess);
              new HealthRoutes().register(routes);
              new AuthRoutes(auth, bodies).register(routes);
              new InstanceRoutes(lxd, bodies).register(routes);
              new OperationRoutes(lxd).register(routes);
              WsRouter sockets = new WsRouter(config.routes);
              wsRouter.set(sockets);
              relays.register(routes, sockets);
            });
    try {
      app.start(host, port);
    } catch (RuntimeException e) {
      relays.close();
      throw e;
    }
    LOG.info("gateway listening on http://{}:{}", host, app.port());
    return new Gateway(app, router.get().table(), wsRouter.get().table(), relays);
  }

  private static void configureServer(JavalinConfig config, ObjectMapper json) {
    boolean virtualThreads = Runtime.version().feature() >= 21;
    config.concurrency.useVirtualThreads = virtualThreads;
    config.jsonMapper(new JavalinJackson(json, virtualThreads));
    config.startup.showJavalinBanner = false;
    config.startup.showOldJavalinVersionWarning = false;
    config.http.maxRequestSize = MAX_JSON_BODY;
    config.http.prefer405over404 = true;
  }

  /** Writes a problem body for 404 and 405 answers that have none yet (unknown routes). */
  private static void unmatched(io.javalin.http.Context ctx, Problems problems, int status) {
    String contentType = ctx.res().getContentType();
    if (contentType != null && contentType.startsWith(Problems.CONTENT_TYPE)) {
      return;
    }
    String detail =
        status == 404
            ? "no route for " + ctx.method() + " " + ctx.path()
            : "method " + ctx.method() + " is not allowed on " + ctx.path();
    String slug = status == 404 ? "not-found" : "method-not-allowed";
    problems.write(ctx, Problem.of(status, slug, detail));
  }

  private static void logAccess(io.javalin.http.Context ctx, Float elapsedMs) {
    String route =
        ctx.endpoints().lastHttpEndpoint() == null
            ? ctx.path()
            : ctx.endpoints().lastHttpEndpoint().path;
    ACCESS.info(
        "{} {} {} {}ms user={}",
        ctx.method(),
        route,
        ctx.status().getCode(),
        Math.round(elapsedMs),
        Authentication.userName(ctx));
    RequestIds.clear();
  }

  /** The bound port. */
  public int port() {
    return app.port();
  }

  /** Every registered HTTP route with its access level. */
  public List<Router.RouteSpec> routes() {
    return routes;
  }

  /** Every registered WebSocket route with its access level. */
  public List<WsRouter.WsRouteSpec> webSocketRoutes() {
    return webSocketRoutes;
  }

  /** Stops the server. */
  @Override
  public void close() {
    relays.close();
    app.stop();
    LOG.info("gateway stopped");
  }
}

package dev.lxdjava.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lxdjava.auth.AuthService;
import dev.lxdjava.core.Lxd;
import dev.lxdjava.server.http.AccessLog;
import dev.lxdjava.server.http.Authentication;
import dev.lxdjava.server.http.Bodies;
import dev.lxdjava.server.http.Cors;
import dev.lxdjava.server.http.GatewayJson;
import dev.lxdjava.server.http.Problem;
import dev.lxdjava.server.http.Problems;
import dev.lxdjava.server.http.ProjectVisibility;
import dev.lxdjava.server.http.RequestIdFilter;
import dev.lxdjava.server.http.RequestRules;
import dev.lxdjava.server.http.Router;
import dev.lxdjava.server.openapi.Body;
import dev.lxdjava.server.routes.AuthRoutes;
import dev.lxdjava.server.routes.DocsRoutes;
import dev.lxdjava.server.routes.HealthRoutes;
import dev.lxdjava.server.routes.InstanceRoutes;
import dev.lxdjava.server.routes.OperationRoutes;
import dev.lxdjava.server.routes.SystemRoutes;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.config.JavalinState;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.json.JavalinJackson;
import jakarta.servlet.DispatcherType;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP server: routes, authentication, request checks, error mapping, CORS and access log
 * around an {@link Lxd} and an {@link AuthService}. It owns neither; {@link Main} closes them.
 */
public final class Gateway implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Gateway.class);

  /** Largest buffered request body, in bytes. */
  static final long MAX_JSON_BODY = Body.MAX_BUFFERED_BYTES;

  private final Javalin app;
  private final Router router;
  private final DocsRoutes docs;

  private Gateway(Javalin app, Router router, DocsRoutes docs) {
    this.app = app;
    this.router = router;
    this.docs = docs;
  }

  /** Builds and starts the server without CORS. */
  public static Gateway start(Lxd lxd, AuthService auth, String host, int port) {
    return start(lxd, auth, host, port, List.of());
  }

  /**
   * Builds and starts the server.
   *
   * @param host address to bind
   * @param port port to bind; 0 picks a free one, see {@link #port()}
   * @param corsOrigins browser origins allowed to call the API; empty allows none
   */
  public static Gateway start(
      Lxd lxd, AuthService auth, String host, int port, List<String> corsOrigins) {
    ObjectMapper json = GatewayJson.mapper();
    Problems problems = new Problems(json);
    Bodies bodies = new Bodies(json);
    Authentication authentication = new Authentication(auth);
    AtomicReference<Router> router = new AtomicReference<>();
    AtomicReference<DocsRoutes> docs = new AtomicReference<>();
    Javalin app =
        Javalin.create(
            config -> {
              configureServer(config, json);
              JavalinState state = config.unsafe;
              Router routes = new Router(config.routes);
              router.set(routes);
              RequestIdFilter requestIds =
                  new RequestIdFilter(
                      json,
                      path ->
                          state.wsRouter.getWsPathMatcher().findEndpointHandlerEntry(path) != null);
              config.jetty.modifyServletContextHandler(
                  handler ->
                      handler.addFilter(
                          new FilterHolder(requestIds), "/*", EnumSet.of(DispatcherType.REQUEST)));
              if (!corsOrigins.isEmpty()) {
                Cors cors = new Cors(corsOrigins, path -> methodsFor(state, path));
                config.routes.before(cors::handle);
              }
              config.routes.beforeMatched(authentication::check);
              config.routes.beforeMatched(RequestRules::check);
              config.routes.exception(HttpResponseException.class, problems::handle);
              config.routes.exception(Exception.class, problems::handle);
              config.routes.error(404, ctx -> unmatched(ctx, problems, 404));
              config.routes.error(405, ctx -> unmatched(ctx, problems, 405));
              config.requestLogger.http(AccessLog::http);
              config.requestLogger.ws(ws -> ws.onUpgrade(AccessLog::upgrade));
              DocsRoutes documentation = new DocsRoutes(routes);
              docs.set(documentation);
              documentation.register(routes);
              new HealthRoutes().register(routes);
              new SystemRoutes(lxd).register(routes);
              new AuthRoutes(auth, bodies).register(routes);
              new InstanceRoutes(lxd, bodies).register(routes);
              new OperationRoutes(lxd, ProjectVisibility.ALL).register(routes);
            });
    app.start(host, port);
    LOG.info("gateway listening on http://{}:{}", host, app.port());
    return new Gateway(app, router.get(), docs.get());
  }

  private static void configureServer(JavalinConfig config, ObjectMapper json) {
    boolean virtualThreads = Runtime.version().feature() >= 21;
    config.concurrency.useVirtualThreads = virtualThreads;
    config.jsonMapper(new JavalinJackson(json, virtualThreads));
    config.startup.showJavalinBanner = false;
    config.startup.showOldJavalinVersionWarning = false;
    // Routes that stream their body read ctx.bodyInputStream(), which this limit does not cover.
    config.http.maxRequestSize = MAX_JSON_BODY;
    config.http.prefer405over404 = true;
  }

  /** The HTTP methods with a route for {@code path}, for CORS preflight responses. */
  private static List<String> methodsFor(JavalinState state, String path) {
    List<String> methods = new ArrayList<>();
    for (HandlerType type : HandlerType.values()) {
      if (type.isHttpMethod()
          && !state.internalRouter.findHttpHandlerEntries(type, path).isEmpty()) {
        methods.add(type.name());
      }
    }
    return methods;
  }

  /** Writes a problem body for 404 and 405 responses that have none yet. */
  private static void unmatched(io.javalin.http.Context ctx, Problems problems, int status) {
    String contentType = ctx.res().getContentType();
    if (contentType != null && contentType.startsWith(Problems.CONTENT_TYPE)) {
      return;
    }
    String detail = status == 404 ? "no route for this path" : "method not allowed on this path";
    String slug = status == 404 ? "not-found" : "method-not-allowed";
    problems.write(ctx, Problem.of(status, slug, detail));
  }

  /** The bound port. */
  public int port() {
    return app.port();
  }

  /** Every registered HTTP route with its access level and documentation. */
  public List<Router.RouteSpec> routes() {
    return router.table();
  }

  /** Every registered WebSocket route. */
  public List<Router.WsRouteSpec> webSocketRoutes() {
    return router.wsTable();
  }

  /** The OpenAPI document served at {@code /openapi.json}. */
  public com.fasterxml.jackson.databind.node.ObjectNode openApi() {
    return docs.document();
  }

  /**
   * Every endpoint registered in Javalin, as {@code METHOD path}, WebSocket routes as {@code WS
   * path}: also the ones registered around the {@link Router}.
   */
  List<String> registeredEndpoints() {
    List<String> endpoints = new ArrayList<>();
    app.unsafe.internalRouter.allHttpHandlers().stream()
        .map(parsed -> parsed.endpoint)
        .filter(endpoint -> endpoint.method.isHttpMethod())
        .forEach(endpoint -> endpoints.add(endpoint.method.name() + " " + endpoint.path));
    app.unsafe.internalRouter.allWsHandlers().stream()
        .filter(entry -> entry.getType() == io.javalin.websocket.WsHandlerType.WEBSOCKET)
        .forEach(entry -> endpoints.add("WS " + entry.getPath()));
    return endpoints;
  }

  /** Stops the server. */
  @Override
  public void close() {
    app.stop();
    LOG.info("gateway stopped");
  }
}

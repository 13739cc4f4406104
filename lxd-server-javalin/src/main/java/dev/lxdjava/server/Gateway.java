package dev.lxdjava.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lxdjava.auth.AuthService;
import dev.lxdjava.core.Lxd;
import dev.lxdjava.server.http.AccessLog;
import dev.lxdjava.server.http.AuditTrail;
import dev.lxdjava.server.http.Authentication;
import dev.lxdjava.server.http.Bodies;
import dev.lxdjava.server.http.ClientAddresses;
import dev.lxdjava.server.http.Cors;
import dev.lxdjava.server.http.EmptyReplies;
import dev.lxdjava.server.http.GatewayJson;
import dev.lxdjava.server.http.Problem;
import dev.lxdjava.server.http.Problems;
import dev.lxdjava.server.http.ProtocolErrors;
import dev.lxdjava.server.http.RequestIdFilter;
import dev.lxdjava.server.http.RequestRules;
import dev.lxdjava.server.http.RouteCoverage;
import dev.lxdjava.server.http.Router;
import dev.lxdjava.server.http.UpgradeRequired;
import dev.lxdjava.server.http.WebSocketGuard;
import dev.lxdjava.server.http.WsTickets;
import dev.lxdjava.server.openapi.Body;
import dev.lxdjava.server.routes.ApiKeyRoutes;
import dev.lxdjava.server.routes.AuditRoutes;
import dev.lxdjava.server.routes.AuthRoutes;
import dev.lxdjava.server.routes.BackupRoutes;
import dev.lxdjava.server.routes.DocsRoutes;
import dev.lxdjava.server.routes.ExecRoutes;
import dev.lxdjava.server.routes.FileRoutes;
import dev.lxdjava.server.routes.HealthRoutes;
import dev.lxdjava.server.routes.ImageAliasRoutes;
import dev.lxdjava.server.routes.ImageRoutes;
import dev.lxdjava.server.routes.ImageTransferRoutes;
import dev.lxdjava.server.routes.InstanceEditRoutes;
import dev.lxdjava.server.routes.InstanceLogRoutes;
import dev.lxdjava.server.routes.InstanceRoutes;
import dev.lxdjava.server.routes.NetworkRoutes;
import dev.lxdjava.server.routes.OperationRoutes;
import dev.lxdjava.server.routes.ProfileRoutes;
import dev.lxdjava.server.routes.ProjectRoutes;
import dev.lxdjava.server.routes.SnapshotRoutes;
import dev.lxdjava.server.routes.StoragePoolRoutes;
import dev.lxdjava.server.routes.StorageVolumeRoutes;
import dev.lxdjava.server.routes.SystemRoutes;
import dev.lxdjava.server.routes.UserRoutes;
import dev.lxdjava.server.routes.VolumeSnapshotRoutes;
import dev.lxdjava.server.routes.WsTicketRoutes;
import dev.lxdjava.server.ws.Relays;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.config.JavalinState;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.json.JavalinJackson;
import jakarta.servlet.DispatcherType;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP server: routes, authentication and authorization, audit trail, request checks, error
 * mapping, CORS and access log around an {@link Lxd} and an {@link AuthService}. It owns neither;
 * {@link Application} closes them.
 */
public final class Gateway implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Gateway.class);

  /** Largest buffered request body, in bytes. */
  static final long MAX_JSON_BODY = Body.MAX_BUFFERED_BYTES;

  private final Javalin app;
  private final Router router;
  private final DocsRoutes docs;
  private final Relays relays;

  private Gateway(Javalin app, Router router, DocsRoutes docs, Relays relays) {
    this.app = app;
    this.router = router;
    this.docs = docs;
    this.relays = relays;
  }

  /**
   * Builds and starts the server on {@code config}'s host and port, with its CORS origins and
   * trusted proxies. Port 0 picks a free port, see {@link #port()}.
   *
   * @throws io.javalin.util.JavalinBindException if the address cannot be bound
   */
  public static Gateway start(Lxd lxd, AuthService auth, GatewayConfig config) {
    ObjectMapper json = GatewayJson.mapper();
    AtomicReference<Router> router = new AtomicReference<>();
    AtomicReference<DocsRoutes> docs = new AtomicReference<>();
    WsTickets tickets = new WsTickets(Clock.systemUTC());
    Relays relays = new Relays(lxd, json, new Problems(json));
    Javalin app =
        Javalin.create(
            javalin -> {
              configureServer(javalin, json);
              addRequestIdFilter(javalin, json);
              addRequestSteps(javalin, auth, config, json, tickets);
              Router routes = new Router(javalin.routes);
              router.set(routes);
              docs.set(registerRoutes(routes, lxd, auth, new Bodies(json), tickets));
              relays.register(routes);
            });
    for (RouteCoverage.Registered route : RouteCoverage.undeclared(app)) {
      LOG.error("route {} declares no access level; every request to it gets 500", route);
    }

    try {
      app.start(config.host(), config.port());
    } catch (RuntimeException e) {
      relays.close();
      throw e;
    }
    LOG.info("gateway listening on http://{}:{}", config.host(), app.port());
    return new Gateway(app, router.get(), docs.get(), relays);
  }

  /**
   * Adds the steps around every route in the order a request meets them: client address, CORS,
   * access check, request rules, then the audit trail, error mapping and access log.
   */
  private static void addRequestSteps(
      JavalinConfig javalin,
      AuthService auth,
      GatewayConfig config,
      ObjectMapper json,
      WsTickets tickets) {
    JavalinState state = javalin.unsafe;
    ClientAddresses addresses = ClientAddresses.trusting(config.security().trustedProxies());
    AuditTrail audit = new AuditTrail(auth.audit());
    Authentication authentication = new Authentication(auth, audit, tickets);
    Problems problems = new Problems(json);
    javalin.routes.before(addresses::assign);
    javalin.routes.before(new UpgradeRequired(state)::check);
    if (!config.corsOrigins().isEmpty()) {
      Cors cors = new Cors(config.corsOrigins(), path -> methodsFor(state, path));
      javalin.routes.before(cors::handle);
    }
    javalin.routes.beforeMatched(authentication::check);
    javalin.routes.beforeMatched(RequestRules::check);
    javalin.routes.wsBeforeUpgrade(addresses::assign);
    new WebSocketGuard(problems).register(javalin.routes, authentication);

    javalin.routes.after(audit::record);
    javalin.routes.after(EmptyReplies::dropContentType);
    javalin.routes.exception(HttpResponseException.class, problems::handle);
    javalin.routes.exception(Exception.class, problems::handle);
    javalin.routes.error(404, ctx -> unmatched(ctx, problems, 404));
    javalin.routes.error(405, ctx -> unmatched(ctx, problems, 405));
    javalin.requestLogger.http(AccessLog::http);
    javalin.requestLogger.ws(ws -> ws.onUpgrade(AccessLog::upgrade));
  }

  /** Registers every route family and returns the documentation routes, which serve the table. */
  private static DocsRoutes registerRoutes(
      Router routes, Lxd lxd, AuthService auth, Bodies bodies, WsTickets tickets) {
    DocsRoutes documentation = new DocsRoutes(routes);
    documentation.register(routes);
    new HealthRoutes().register(routes);
    new SystemRoutes(lxd).register(routes);
    new AuthRoutes(auth, bodies).register(routes);
    new WsTicketRoutes(tickets).register(routes);
    new UserRoutes(auth, lxd, bodies).register(routes);
    new ApiKeyRoutes(auth, bodies).register(routes);
    new AuditRoutes(auth).register(routes);
    new InstanceRoutes(lxd, bodies).register(routes);
    new ExecRoutes(lxd, bodies).register(routes);
    new InstanceEditRoutes(lxd, bodies).register(routes);
    new InstanceLogRoutes(lxd).register(routes);
    new SnapshotRoutes(lxd, bodies).register(routes);
    new BackupRoutes(lxd, bodies).register(routes);
    new FileRoutes(lxd).register(routes);
    new OperationRoutes(lxd).register(routes);
    registerResourceRoutes(routes, lxd, bodies);
    return documentation;
  }

  /** Registers the storage, network, profile, project and image routes. */
  private static void registerResourceRoutes(Router routes, Lxd lxd, Bodies bodies) {
    new StoragePoolRoutes(lxd, bodies).register(routes);
    new StorageVolumeRoutes(lxd, bodies).register(routes);
    new VolumeSnapshotRoutes(lxd, bodies).register(routes);
    new NetworkRoutes(lxd, bodies).register(routes);
    new ProfileRoutes(lxd, bodies).register(routes);
    new ProjectRoutes(lxd, bodies).register(routes);
    new ImageAliasRoutes(lxd, bodies).register(routes);
    new ImageTransferRoutes(lxd, bodies).register(routes);
    new ImageRoutes(lxd, bodies).register(routes);
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
    config.jetty.modifyServer(server -> server.setErrorHandler(new ProtocolErrors(json)));
  }

  /** Puts {@link RequestIdFilter} in front of Javalin, so upgrades and unmatched paths get ids. */
  private static void addRequestIdFilter(JavalinConfig config, ObjectMapper json) {
    JavalinState state = config.unsafe;
    RequestIdFilter requestIds =
        new RequestIdFilter(
            json, path -> state.wsRouter.getWsPathMatcher().findEndpointHandlerEntry(path) != null);
    config.jetty.modifyServletContextHandler(
        handler ->
            handler.addFilter(
                new FilterHolder(requestIds), "/*", EnumSet.of(DispatcherType.REQUEST)));
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
  private static void unmatched(Context ctx, Problems problems, int status) {
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

  /** Every registered HTTP route with its declaration and documentation. */
  public List<Router.RouteSpec> routes() {
    return router.table();
  }

  /** Every registered WebSocket route with its declaration and documentation. */
  public List<Router.WsRouteSpec> webSocketRoutes() {
    return router.wsTable();
  }

  /**
   * The routes as Javalin's router stores them, HEAD twins included, and also any registered around
   * the {@link Router}.
   */
  public List<RouteCoverage.Registered> registeredRoutes() {
    return RouteCoverage.routes(app);
  }

  /** The OpenAPI document served at {@code /openapi.json}. */
  public ObjectNode openApi() {
    return docs.document();
  }

  /** Stops the server. */
  @Override
  public void close() {
    relays.close();
    app.stop();
    LOG.info("gateway stopped");
  }
}

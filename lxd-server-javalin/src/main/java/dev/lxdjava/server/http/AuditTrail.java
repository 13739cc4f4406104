package dev.lxdjava.server.http;

import dev.lxdjava.auth.AuditEvent;
import dev.lxdjava.auth.AuditStore;
import dev.lxdjava.auth.User;
import dev.lxdjava.core.Names;
import dev.lxdjava.core.operation.OperationHandle;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.router.Endpoint;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the audit trail: after every matched request that changes state (any method but GET, HEAD
 * and OPTIONS) and after every request rejected with 401, 403 or 429, one row with the account,
 * client address, request id, route, project, target object, status and LXD operation id. It
 * records no request bodies, query strings or headers, so passwords, tokens and API keys never
 * reach it. Routes add facts with the static setters.
 */
public final class AuditTrail {
  private static final Logger LOG = LoggerFactory.getLogger(AuditTrail.class);
  private static final Set<HandlerType> READS =
      Set.of(HandlerType.GET, HandlerType.HEAD, HandlerType.OPTIONS);
  private static final Set<Integer> DENIALS = Set.of(401, 403, 429);
  private static final String API_PREFIX = "/api/v1/";

  private static final String ACTION = "audit_action";
  private static final String ACTOR = "audit_actor";
  private static final String TARGET = "audit_target";
  private static final String OPERATION = "audit_operation";
  private static final String DETAIL = "audit_detail";
  private static final String PROJECT = "audit_project";

  private final AuditStore store;

  public AuditTrail(AuditStore store) {
    this.store = store;
  }

  /** Names the kind of event, such as {@code login}; {@code request} when unset. */
  public static void action(Context ctx, String action) {
    ctx.attribute(ACTION, action);
  }

  /** Names the account acted as when the request carries no credential, as on login. */
  public static void actor(Context ctx, User user) {
    ctx.attribute(ACTOR, user);
  }

  /** Names the object acted on, such as {@code users/alice}; the request path when unset. */
  public static void target(Context ctx, String target) {
    ctx.attribute(TARGET, target);
  }

  /** Names the LXD project acted on when the route's declaration does not, as for grants. */
  public static void project(Context ctx, String project) {
    ctx.attribute(PROJECT, project);
  }

  /** Adds a short reason, which must not contain secrets. */
  public static void detail(Context ctx, String detail) {
    ctx.attribute(DETAIL, detail);
  }

  /**
   * Notes the LXD operation a request started. When no target was set, the operation's first
   * resource becomes the target, for example {@code instances/web1} for a create.
   */
  public static void operation(Context ctx, OperationHandle handle) {
    ctx.attribute(OPERATION, handle.id());
    if (ctx.attribute(TARGET) == null) {
      firstResource(handle.initial().resources()).ifPresent(path -> target(ctx, path));
    }
  }

  /** Finds the first resource URL, skipping the legacy {@code containers} key LXD still sends. */
  private static Optional<String> firstResource(Map<String, List<String>> resources) {
    return resources.entrySet().stream()
        .filter(entry -> !entry.getKey().equals("containers") || resources.size() == 1)
        .flatMap(entry -> entry.getValue().stream())
        .map(url -> url.replaceFirst("^/1\\.0/", "").replaceFirst("\\?.*$", ""))
        .findFirst();
  }

  /** Records the request if it changed state or was denied; runs after every request. */
  public void record(Context ctx) {
    // The matched endpoint is known even when the before-matched check refused the request.
    Endpoint endpoint = ctx.endpoints().matchedHttpEndpoint();
    if (endpoint == null) {
      return;
    }
    int status = ctx.status().getCode();
    if (READS.contains(ctx.method()) && !DENIALS.contains(status)) {
      return;
    }
    write(ctx, endpoint.path, status, ctx.attribute(ACTION));
  }

  /** Records a WebSocket upgrade, accepted ({@code 101}) or refused. */
  void recordUpgrade(Context ctx, int status, String detail) {
    if (detail != null) {
      detail(ctx, detail);
    }
    write(ctx, ctx.path(), status, "websocket");
  }

  private void write(Context ctx, String route, int status, String action) {
    User user = Authentication.userOrNull(ctx);
    if (user == null) {
      user = ctx.attribute(ACTOR);
    }
    String detail = ctx.attribute(DETAIL);
    if (detail == null && DENIALS.contains(status)) {
      detail = ctx.attribute(Problems.DETAIL_ATTRIBUTE);
    }
    AuditEvent event =
        new AuditEvent(
            0,
            Instant.now(),
            action == null ? "request" : action,
            user == null ? null : user.id(),
            user == null ? null : user.username(),
            ClientAddresses.of(ctx),
            RequestIds.of(ctx),
            ctx.method().name(),
            route,
            project(ctx),
            target(ctx),
            status,
            ctx.attribute(OPERATION),
            detail);
    try {
      store.record(event);
    } catch (RuntimeException e) {
      LOG.error(
          "cannot write audit event for {} {} (status {}): {}",
          ctx.method(),
          route,
          status,
          e.getMessage(),
          e);
    }
  }

  /**
   * Picks the authorized project, else the one the route named, else a valid {@code project} query
   * parameter, else none.
   */
  private static String project(Context ctx) {
    String authorized = Authentication.project(ctx);
    if (authorized != null) {
      return authorized;
    }
    String named = ctx.attribute(PROJECT);
    if (named != null) {
      return named;
    }
    String query = ctx.queryParam("project");
    if (query == null || query.isEmpty()) {
      return null;
    }
    try {
      return Names.segment("project name", query);
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static String target(Context ctx) {
    String target = ctx.attribute(TARGET);
    if (target != null) {
      return target;
    }
    String path = ctx.path();
    return path.startsWith(API_PREFIX) ? path.substring(API_PREFIX.length()) : path;
  }
}

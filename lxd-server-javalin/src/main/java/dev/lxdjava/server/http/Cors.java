package dev.lxdjava.server.http;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Cross-origin access for the browser origins in {@code CORS_ORIGINS}. A listed origin gets its own
 * name back in {@code Access-Control-Allow-Origin} together with {@code
 * Access-Control-Allow-Credentials: true}; there is no wildcard, so credentials are never combined
 * with one. Other origins get no CORS headers, and their preflight requests a 403.
 */
public final class Cors {
  /**
   * Request headers a browser may send. Access tokens and API keys both travel in {@code
   * Authorization}.
   */
  static final String ALLOWED_HEADERS =
      "Authorization, Content-Type, If-Match, " + RequestIds.HEADER;

  /** Response headers a browser script may read; {@code Retry-After} comes with a 429. */
  static final String EXPOSED_HEADERS =
      RequestIds.HEADER
          + ", ETag, Location, Allow, WWW-Authenticate, Retry-After, Content-Disposition";

  /** How long a browser may cache a preflight response, in seconds. */
  static final int MAX_AGE_SECONDS = 600;

  private final Set<String> origins;
  private final Function<String, List<String>> methodsForPath;

  /**
   * @param origins allowed origins such as {@code https://ui.example.com}
   * @param methodsForPath the HTTP methods that have a route for a request path
   */
  public Cors(List<String> origins, Function<String, List<String>> methodsForPath) {
    this.origins = Set.copyOf(origins);
    this.methodsForPath = methodsForPath;
  }

  /** Runs before routing. Responds to preflight requests itself. */
  public void handle(Context ctx) {
    String origin = ctx.header("Origin");
    if (origin == null) {
      return;
    }
    boolean preflight =
        ctx.method() == HandlerType.OPTIONS && ctx.header("Access-Control-Request-Method") != null;
    boolean allowed = origins.contains(origin);
    ctx.header("Vary", "Origin");
    if (preflight && !allowed) {
      throw new ApiException(
          403,
          "forbidden",
          "origin '" + origin + "' is not allowed; CORS_ORIGINS lists the allowed ones");
    }
    if (!allowed) {
      return;
    }
    ctx.header("Access-Control-Allow-Origin", origin);
    ctx.header("Access-Control-Allow-Credentials", "true");
    if (preflight) {
      answerPreflight(ctx);
    } else {
      ctx.header("Access-Control-Expose-Headers", EXPOSED_HEADERS);
    }
  }

  /** Lists what the path accepts and ends the request with 204. */
  private void answerPreflight(Context ctx) {
    List<String> methods = methodsForPath.apply(ctx.path());
    if (methods.isEmpty()) {
      throw new ApiException(404, "not-found", "no route for this path");
    }
    ctx.header("Access-Control-Allow-Methods", String.join(", ", methods));
    ctx.header("Access-Control-Allow-Headers", ALLOWED_HEADERS);
    ctx.header("Access-Control-Max-Age", Integer.toString(MAX_AGE_SECONDS));
    ctx.status(204);
    ctx.skipRemainingHandlers();
  }
}

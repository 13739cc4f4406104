package dev.lxdjava.server.http;

import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One INFO line per request on logger {@code dev.lxdjava.server.access}, with the fields {@code
 * method}, {@code route} (the matched pattern, never the query string, so tokens in URLs stay out
 * of the log), {@code status}, {@code duration_ms} and {@code user}; the request id comes from the
 * MDC.
 */
public final class AccessLog {
  private static final Logger ACCESS = LoggerFactory.getLogger("dev.lxdjava.server.access");

  private AccessLog() {}

  /** Logs a finished HTTP request. */
  public static void http(Context ctx, Float elapsedMs) {
    Endpoint endpoint = ctx.endpoints().matchedHttpEndpoint();
    log(ctx, endpoint == null ? "(unmatched)" : endpoint.path, ctx.status().getCode(), elapsedMs);
  }

  /** Logs a WebSocket upgrade request. */
  public static void upgrade(Context ctx, Float elapsedMs) {
    Endpoint endpoint = ctx.endpoints().lastHttpEndpoint();
    String route = endpoint == null ? "(unmatched)" : endpoint.path + " (websocket)";
    log(ctx, route, ctx.res().getStatus(), elapsedMs);
  }

  private static void log(Context ctx, String route, int status, Float elapsedMs) {
    long duration = Math.round(elapsedMs);
    String user = Authentication.userName(ctx);
    ACCESS
        .atInfo()
        .addKeyValue("method", ctx.method().name())
        .addKeyValue("route", route)
        .addKeyValue("status", status)
        .addKeyValue("duration_ms", duration)
        .addKeyValue("user", user)
        .log("{} {} {} {}ms user={}", ctx.method().name(), route, status, duration, user);
  }
}

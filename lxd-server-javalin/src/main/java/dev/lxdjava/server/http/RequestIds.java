package dev.lxdjava.server.http;

import io.javalin.http.Context;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.MDC;

/**
 * Gives every request an id: the client's {@code X-Request-ID} when it is short and safe to echo, a
 * new UUID otherwise. The id goes back in the response header, into every log line (MDC key {@code
 * request_id}) and into error bodies. {@link RequestIdFilter} assigns it before Javalin handles the
 * request, so WebSocket upgrades and unmatched paths get one too.
 */
public final class RequestIds {
  /** Request and response header. */
  public static final String HEADER = "X-Request-ID";

  /** Request attribute and MDC key that hold the id. */
  public static final String ATTRIBUTE = "request_id";

  private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

  private RequestIds() {}

  /** Assigns the id to a servlet request and its response, and puts it in the MDC. */
  public static String assign(HttpServletRequest request, HttpServletResponse response) {
    String offered = request.getHeader(HEADER);
    String id = offered != null && SAFE.matcher(offered).matches() ? offered : newId();
    request.setAttribute(ATTRIBUTE, id);
    response.setHeader(HEADER, id);
    MDC.put(ATTRIBUTE, id);
    return id;
  }

  /** Assigns the id to a request that has none yet. */
  public static void assign(Context ctx) {
    if (ctx.attribute(ATTRIBUTE) == null) {
      assign(ctx.req(), ctx.res());
    }
  }

  /** The request's id, assigning one if the request has none. */
  public static String of(Context ctx) {
    assign(ctx);
    return ctx.attribute(ATTRIBUTE);
  }

  /** Clears the logging context after the request. */
  public static void clear() {
    MDC.remove(ATTRIBUTE);
  }

  private static String newId() {
    return UUID.randomUUID().toString();
  }
}

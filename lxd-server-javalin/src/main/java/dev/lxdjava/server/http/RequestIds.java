package dev.lxdjava.server.http;

import io.javalin.http.Context;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.MDC;

/**
 * Gives every request an id: the client's {@code X-Request-ID} when it is short and safe to echo, a
 * new UUID otherwise. The id goes back in the response header, into every log line (MDC key {@code
 * request_id}) and into error bodies.
 */
public final class RequestIds {
  /** Request and response header. */
  public static final String HEADER = "X-Request-ID";

  private static final String ATTRIBUTE = "request_id";
  private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

  private RequestIds() {}

  /** Assigns the id; runs before everything else. */
  public static void assign(Context ctx) {
    String offered = ctx.header(HEADER);
    String id = offered != null && SAFE.matcher(offered).matches() ? offered : newId();
    ctx.attribute(ATTRIBUTE, id);
    ctx.header(HEADER, id);
    MDC.put(ATTRIBUTE, id);
  }

  /** The request's id, assigning one if the request skipped {@link #assign}. */
  public static String of(Context ctx) {
    String id = ctx.attribute(ATTRIBUTE);
    if (id == null) {
      assign(ctx);
      id = ctx.attribute(ATTRIBUTE);
    }
    return id;
  }

  /** Clears the logging context after the request. */
  public static void clear() {
    MDC.remove(ATTRIBUTE);
  }

  private static String newId() {
    return UUID.randomUUID().toString();
  }
}

package dev.lxdjava.server.http;

import dev.lxdjava.server.openapi.Body;
import dev.lxdjava.server.openapi.RouteDoc;
import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Checks a request against the documentation of the route it matched, before the route runs:
 *
 * <ul>
 *   <li>a query parameter the route does not list, or one given twice, is a 400 naming it;
 *   <li>a listed parameter whose value breaks its rule is a 400 naming it;
 *   <li>a body whose {@code Content-Type} the route does not accept is a 415;
 *   <li>a buffered body whose {@code Content-Length} exceeds {@link Body#MAX_BUFFERED_BYTES} is a
 *       413 before any byte is read. Chunked bodies are cut at the same size by Javalin's {@code
 *       maxRequestSize} when the route reads them.
 * </ul>
 */
public final class RequestRules {
  private RequestRules() {}

  /** Runs before every matched route. */
  public static void check(Context ctx) {
    Endpoint endpoint = ctx.endpoints().matchedHttpEndpoint();
    RouteDoc doc = endpoint == null ? null : endpoint.metadata(RouteDoc.class);
    if (doc == null) {
      return;
    }
    checkQuery(ctx.queryParamMap(), doc);
    checkBody(ctx, doc.body());
  }

  static void checkQuery(Map<String, List<String>> query, RouteDoc doc) {
    for (Map.Entry<String, List<String>> entry : query.entrySet()) {
      String name = entry.getKey();
      QueryParam param =
          doc.query().stream().filter(known -> known.name().equals(name)).findFirst().orElse(null);
      if (param == null) {
        throw new ParameterException(
            name, "unknown query parameter '" + name + "'; this route accepts " + accepted(doc));
      }
      if (entry.getValue().size() > 1) {
        throw new ParameterException(
            name, "query parameter '" + name + "' is given " + entry.getValue().size() + " times");
      }
      param.check(entry.getValue().get(0));
    }
  }

  private static String accepted(RouteDoc doc) {
    return doc.query().isEmpty()
        ? "none"
        : doc.query().stream().map(QueryParam::name).collect(Collectors.joining(", "));
  }

  private static void checkBody(Context ctx, Body body) {
    if (body == null || !hasBody(ctx)) {
      return;
    }
    if (!body.accepts(ctx.contentType())) {
      String sent = ctx.contentType() == null ? "none" : "'" + ctx.contentType() + "'";
      throw new ApiException(
          415,
          "unsupported-media-type",
          "Content-Type "
              + sent
              + " is not supported by this route; send "
              + String.join(" or ", body.mediaTypes()));
    }
    long length = ctx.req().getContentLengthLong();
    if (!body.streamed() && length > Body.MAX_BUFFERED_BYTES) {
      throw tooLarge(length);
    }
  }

  /** 413 for a buffered body over the limit; {@code length} is -1 when unknown. */
  public static ApiException tooLarge(long length) {
    return new ApiException(
        413,
        "body-too-large",
        "request body "
            + (length < 0 ? "" : "of " + length + " bytes ")
            + "exceeds the limit of "
            + Body.MAX_BUFFERED_BYTES
            + " bytes for JSON bodies");
  }

  private static boolean hasBody(Context ctx) {
    return ctx.req().getContentLengthLong() > 0 || ctx.header("Transfer-Encoding") != null;
  }
}

package dev.lxdjava.testkit.fake.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Maps method and path patterns under {@code /1.0} to handlers. A pattern segment {@code {name}}
 * matches one decoded path segment. A path that matches a pattern with another method gets LXD's
 * 501 "not implemented"; no match at all gets 404 "not found".
 */
final class Router {
  /** A route's code. */
  @FunctionalInterface
  interface Handler {
    ApiReply handle(ApiRequest request, Params params);
  }

  /** The values of a route's {@code {name}} segments. */
  record Params(Map<String, String> values) {
    String get(String name) {
      String value = values.get(name);
      if (value == null) {
        throw new IllegalStateException("route has no parameter " + name);
      }
      return value;
    }
  }

  private record Route(String method, String[] pattern, Handler handler) {}

  private final List<Route> routes = new ArrayList<>();

  /** Registers a handler for a method and a pattern such as {@code instances/{name}/state}. */
  void add(String method, String pattern, Handler handler) {
    String[] parts = pattern.isEmpty() ? new String[0] : pattern.split("/");
    routes.add(new Route(method, parts, handler));
  }

  void get(String pattern, Handler handler) {
    add("GET", pattern, handler);
  }

  void post(String pattern, Handler handler) {
    add("POST", pattern, handler);
  }

  void put(String pattern, Handler handler) {
    add("PUT", pattern, handler);
  }

  void patch(String pattern, Handler handler) {
    add("PATCH", pattern, handler);
  }

  void delete(String pattern, Handler handler) {
    add("DELETE", pattern, handler);
  }

  /** Routes a request whose segments start after {@code 1.0}. */
  ApiReply route(ApiRequest request, List<String> segments) {
    boolean pathKnown = false;
    String method = request.method().equals("HEAD") ? "GET" : request.method();
    for (Route route : routes) {
      Map<String, String> params = match(route.pattern, segments);
      if (params == null) {
        continue;
      }
      if (route.method.equals(method)) {
        return route.handler.handle(request, new Params(params));
      }
      pathKnown = true;
    }
    if (pathKnown) {
      throw new LxdError(501, "not implemented");
    }
    throw LxdError.notFound("not found");
  }

  private static Map<String, String> match(String[] pattern, List<String> segments) {
    if (pattern.length != segments.size()) {
      return null;
    }
    Map<String, String> params = new HashMap<>();
    for (int i = 0; i < pattern.length; i++) {
      String part = pattern[i];
      if (part.startsWith("{") && part.endsWith("}")) {
        params.put(part.substring(1, part.length() - 1), segments.get(i));
      } else if (!part.equals(segments.get(i))) {
        return null;
      }
    }
    return params;
  }
}

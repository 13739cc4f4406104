package dev.lxdjava.server.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.function.Predicate;

/**
 * The outermost step of every request: assigns the request id (header, attribute, MDC) and clears
 * the MDC afterwards. A WebSocket upgrade to a path without a WebSocket route gets a 404 problem
 * document here, because Javalin would send a plain servlet error page.
 */
public final class RequestIdFilter implements Filter {
  private static final String WEBSOCKET_VERSION = "Sec-WebSocket-Version";

  private final ObjectMapper json;
  private final Predicate<String> hasWebSocketRoute;

  /**
   * @param json mapper for problem bodies
   * @param hasWebSocketRoute whether a WebSocket route matches a request path
   */
  public RequestIdFilter(ObjectMapper json, Predicate<String> hasWebSocketRoute) {
    this.json = json;
    this.hasWebSocketRoute = hasWebSocketRoute;
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest http = (HttpServletRequest) request;
    HttpServletResponse reply = (HttpServletResponse) response;
    try {
      String id = RequestIds.assign(http, reply);
      if (http.getHeader(WEBSOCKET_VERSION) != null
          && !hasWebSocketRoute.test(http.getRequestURI())) {
        Problem problem =
            Problem.of(404, "not-found", "no WebSocket route for " + http.getRequestURI());
        reply.setStatus(404);
        reply.setContentType(Problems.CONTENT_TYPE);
        json.writeValue(reply.getOutputStream(), problem.body(http.getRequestURI(), id));
        return;
      }
      chain.doFilter(request, response);
    } finally {
      RequestIds.clear();
    }
  }
}

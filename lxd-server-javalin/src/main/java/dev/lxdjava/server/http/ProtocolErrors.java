package dev.lxdjava.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Answers requests that Jetty rejects before any route or filter sees them (a malformed URI or
 * header line, headers over the size limit, an ambiguous path) with the same problem body as every
 * other error, instead of Jetty's HTML page.
 */
public final class ProtocolErrors extends ErrorHandler {
  private static final String BAD_MESSAGE_PATH = "/badMessage";

  private final ObjectMapper json;

  public ProtocolErrors(ObjectMapper json) {
    this.json = json;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    int status = response.getStatus() >= 400 ? response.getStatus() : 400;
    String reason =
        request.getAttribute(ERROR_MESSAGE) instanceof String message && !message.isBlank()
            ? message
            : Problem.title(status);
    Problem problem = Problem.of(status, slug(status), "the request is malformed: " + reason);
    String requestId = UUID.randomUUID().toString();
    byte[] body;
    try {
      body = json.writeValueAsBytes(problem.body(requestPath(request), requestId));
    } catch (JsonProcessingException | RuntimeException e) {
      body = ("{\"status\":" + status + "}").getBytes(StandardCharsets.US_ASCII);
    }
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, Problems.CONTENT_TYPE);
    response.getHeaders().put(RequestIds.HEADER, requestId);
    response.write(true, ByteBuffer.wrap(body), callback);
    return true;
  }

  /**
   * Returns the request path, or {@code null} when Jetty could not parse the request line and put
   * its placeholder {@code /badMessage} there instead.
   */
  private static String requestPath(Request request) {
    String path = request.getHttpURI() == null ? null : request.getHttpURI().getPath();
    return path == null || path.equals(BAD_MESSAGE_PATH) ? null : path;
  }

  private static String slug(int status) {
    return switch (status) {
      case 413 -> "body-too-large";
      case 414 -> "uri-too-long";
      case 431 -> "headers-too-large";
      default -> status >= 500 ? "internal" : "bad-request";
    };
  }
}

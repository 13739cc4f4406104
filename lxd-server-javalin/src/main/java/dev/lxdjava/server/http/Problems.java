package dev.lxdjava.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lxdjava.auth.AuthConflictException;
import dev.lxdjava.auth.AuthNotFoundException;
import dev.lxdjava.auth.AuthValidationException;
import dev.lxdjava.auth.InvalidCredentialsException;
import dev.lxdjava.auth.InvalidTokenException;
import dev.lxdjava.auth.RateLimitedException;
import dev.lxdjava.core.LxdApiException;
import dev.lxdjava.core.LxdConflictException;
import dev.lxdjava.core.LxdForbiddenException;
import dev.lxdjava.core.LxdNotFoundException;
import dev.lxdjava.core.LxdProtocolException;
import dev.lxdjava.core.LxdTransportException;
import dev.lxdjava.core.LxdValidationException;
import dev.lxdjava.core.operation.LxdOperationException;
import dev.lxdjava.core.operation.LxdOperationNotFoundException;
import dev.lxdjava.core.operation.LxdOperationTimeoutException;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.router.EndpointNotFound;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maps every error to a problem details response, in one place. LXD errors keep LXD's message and
 * {@code error_code}; a client error LXD reports stays a 4xx, an LXD fault becomes 502, an
 * unreachable LXD 503.
 */
public final class Problems {
  private static final Logger LOG = LoggerFactory.getLogger(Problems.class);

  /** Content type of error bodies. */
  public static final String CONTENT_TYPE = "application/problem+json";

  /** Request attribute holding the detail of the problem written, for the audit trail. */
  public static final String DETAIL_ATTRIBUTE = "problem_detail";

  /** Extra member of 429 problems: seconds until a retry is allowed, also sent as a header. */
  static final String RETRY_AFTER = "retry_after";

  private final ObjectMapper json;

  public Problems(ObjectMapper json) {
    this.json = json;
  }

  /** Chooses the problem for an exception. */
  public Problem toProblem(Exception error) {
    if (error instanceof ParameterException invalid) {
      return new Problem(
          400, "validation", invalid.getMessage(), Map.of("parameter", invalid.parameter()));
    }
    if (error instanceof ApiException api) {
      return Problem.of(api.status(), api.problemType(), api.getMessage());
    }
    if (error instanceof LxdValidationException invalid) {
      return new Problem(400, "validation", invalid.getMessage(), Map.of("field", invalid.field()));
    }
    if (error instanceof AuthValidationException invalid) {
      return new Problem(400, "validation", invalid.getMessage(), Map.of("field", invalid.field()));
    }
    if (error instanceof InvalidCredentialsException || error instanceof InvalidTokenException) {
      return Problem.of(401, "unauthorized", error.getMessage());
    }
    if (error instanceof AuthConflictException) {
      return Problem.of(409, "conflict", error.getMessage());
    }
    if (error instanceof AuthNotFoundException) {
      return Problem.of(404, "not-found", error.getMessage());
    }
    if (error instanceof RateLimitedException limited) {
      return new Problem(
          429,
          "rate-limited",
          limited.getMessage(),
          Map.of(RETRY_AFTER, limited.retryAfterSeconds()));
    }
    if (error instanceof LxdApiException lxd) {
      return lxdProblem(lxd);
    }
    if (error instanceof LxdOperationTimeoutException timeout) {
      return new Problem(
          504,
          "operation-timeout",
          timeout.getMessage(),
          Map.of("operation_id", timeout.lastSeen().id()));
    }
    if (error instanceof LxdTransportException) {
      return Problem.of(503, "lxd-unreachable", "cannot reach LXD: " + error.getMessage());
    }
    if (error instanceof LxdProtocolException) {
      return Problem.of(502, "lxd-protocol", "unexpected reply from LXD: " + error.getMessage());
    }
    if (error instanceof HttpResponseException http) {
      return httpProblem(http);
    }
    return Problem.of(500, "internal", "internal error; the gateway log has details");
  }

  private static Problem lxdProblem(LxdApiException lxd) {
    Map<String, Object> extras = new LinkedHashMap<>();
    extras.put("lxd_error_code", lxd.errorCode());
    if (lxd instanceof LxdOperationException failed) {
      extras.put("operation_id", failed.operationId());
      boolean conflict = failed.isCancelled() || LxdMessages.isStateConflict(failed.lxdMessage());
      int status = conflict ? 409 : 400;
      String type =
          failed.isCancelled()
              ? "operation-cancelled"
              : conflict ? "operation-conflict" : "operation-failed";
      return new Problem(status, type, failed.lxdMessage(), extras);
    }
    if (lxd instanceof LxdOperationNotFoundException missing) {
      extras.put("operation_id", missing.operationId());
      return new Problem(
          404,
          "operation-not-found",
          "LXD does not know operation "
              + missing.operationId()
              + " (wrong id or project, or it ended and LXD forgot it): "
              + lxd.lxdMessage(),
          extras);
    }
    if (lxd instanceof LxdNotFoundException) {
      return new Problem(404, "not-found", lxd.lxdMessage(), extras);
    }
    if (lxd instanceof LxdConflictException conflict) {
      int status = conflict.isPreconditionFailed() ? 412 : 409;
      return new Problem(status, "conflict", lxd.lxdMessage(), extras);
    }
    if (lxd instanceof LxdForbiddenException) {
      return new Problem(
          502,
          "lxd-forbidden",
          "LXD refused the gateway's credentials: " + lxd.lxdMessage(),
          extras);
    }
    int code = lxd.errorCode();
    if (LxdMessages.isStateConflict(lxd.lxdMessage())) {
      return new Problem(409, "conflict", lxd.lxdMessage(), extras);
    }
    if (code == 500
        && (LxdMessages.isMissingReference(lxd.lxdMessage())
            || LxdMessages.isInvalidInput(lxd.lxdMessage()))) {
      return new Problem(400, "lxd-rejected", lxd.lxdMessage(), extras);
    }
    if (code >= 400 && code < 500) {
      return new Problem(code, "lxd-rejected", lxd.lxdMessage(), extras);
    }
    return new Problem(502, "lxd-error", "LXD failed: " + lxd.lxdMessage(), extras);
  }

  /** Javalin's own errors: unknown route, wrong method, body over {@code maxRequestSize}. */
  private static Problem httpProblem(HttpResponseException http) {
    int status = http.getStatus();
    if (status == 405) {
      String allowed = allowedMethods(http);
      return new Problem(
          405,
          "method-not-allowed",
          "method not allowed on this path; it accepts " + allowed,
          Map.of("allowed_methods", allowed));
    }
    if (status == 413) {
      return Problem.of(413, "body-too-large", RequestRules.tooLarge(-1).getMessage());
    }
    String detail = http instanceof EndpointNotFound ? "no route for this path" : http.getMessage();
    return Problem.of(status, slug(status), detail);
  }

  private static String allowedMethods(HttpResponseException http) {
    return http.getDetails().values().stream().findFirst().orElse("");
  }

  private static String slug(int status) {
    return switch (status) {
      case 404 -> "not-found";
      case 405 -> "method-not-allowed";
      case 413 -> "body-too-large";
      case 415 -> "unsupported-media-type";
      default -> "http-" + status;
    };
  }

  /** Writes the problem for an exception and logs server-side failures once. */
  public void handle(Exception error, Context ctx) {
    Problem problem = withRequestField(toProblem(error), error, ctx);
    if (problem.status() >= 500) {
      LOG.error(
          "{} {} failed with {}: {}",
          ctx.method(),
          ctx.path(),
          problem.status(),
          error.getMessage(),
          problem.status() == 500 ? error : null);
    } else {
      LOG.debug("{} {} -> {}: {}", ctx.method(), ctx.path(), problem.status(), problem.detail());
    }
    write(ctx, problem);
  }

  /** Names the body field or path parameter that held a value the SDK rejected. */
  private Problem withRequestField(Problem problem, Exception error, Context ctx) {
    if (!(error instanceof LxdValidationException invalid)) {
      return problem;
    }
    return ValidationFields.locate(ctx, json, invalid.value())
        .map(
            field -> {
              Map<String, Object> extras = new LinkedHashMap<>(problem.extras());
              extras.put("field", field);
              return new Problem(problem.status(), problem.type(), problem.detail(), extras);
            })
        .orElse(problem);
  }

  /** Writes a problem response. */
  public void write(Context ctx, Problem problem) {
    ctx.status(problem.status());
    if (problem.extras().get("allowed_methods") instanceof String allowed) {
      ctx.header("Allow", allowed);
    }
    if (problem.status() == 401) {
      ctx.header("WWW-Authenticate", "Bearer");
    }
    if (problem.extras().get(RETRY_AFTER) instanceof Long seconds) {
      ctx.header("Retry-After", Long.toString(seconds));
    }
    ctx.attribute(DETAIL_ATTRIBUTE, problem.detail());
    try {
      ctx.contentType(CONTENT_TYPE);
      // Bytes, because Jetty would encode a string as ISO-8859-1 for this content type.
      ctx.result(json.writeValueAsBytes(problem.body(ctx.path(), RequestIds.of(ctx))));
    } catch (JsonProcessingException e) {
      ctx.result("{\"status\":" + problem.status() + "}");
    }
  }
}

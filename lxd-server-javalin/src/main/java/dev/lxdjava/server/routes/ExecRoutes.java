package dev.lxdjava.server.routes;

import dev.lxdjava.core.Lxd;
import dev.lxdjava.core.Names;
import dev.lxdjava.core.exec.ExecOutput;
import dev.lxdjava.core.exec.ExecRequest;
import dev.lxdjava.core.exec.RunOptions;
import dev.lxdjava.server.http.Access;
import dev.lxdjava.server.http.ApiException;
import dev.lxdjava.server.http.AuditTrail;
import dev.lxdjava.server.http.Bodies;
import dev.lxdjava.server.http.Params;
import dev.lxdjava.server.http.Router;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /api/v1/instances/{name}/exec}: runs a command without a terminal to its end and
 * returns its exit code and output. Interactive sessions use the WebSocket of the same path.
 */
public final class ExecRoutes {
  /** Time limit when the body sets none, in seconds. */
  static final int DEFAULT_TIMEOUT_SECONDS = 60;

  /** Largest time limit a body may set, in seconds. */
  static final int MAX_TIMEOUT_SECONDS = 3600;

  /** Output kept per stream when the body sets no limit. */
  static final int DEFAULT_MAX_OUTPUT_BYTES = 1024 * 1024;

  /** Largest per-stream output limit a body may set. */
  static final int MAX_OUTPUT_BYTES = 16 * 1024 * 1024;

  private final Lxd lxd;
  private final Bodies bodies;

  public ExecRoutes(Lxd lxd, Bodies bodies) {
    this.lxd = lxd;
    this.bodies = bodies;
  }

  /**
   * The request body.
   *
   * @param command program and arguments, run without a shell
   * @param interactive must be absent or false here
   * @param width ignored; accepted because the earlier gateway's clients send it
   * @param height ignored, as {@code width}
   * @param stdin data for the command's stdin, closed afterwards
   * @param timeout seconds until the command is killed
   * @param maxOutputBytes bytes kept per output stream
   * @param encoding {@code utf-8} (default) or {@code base64}, for stdin and the output
   */
  record Body(
      List<String> command,
      Map<String, String> environment,
      Integer user,
      Integer group,
      String cwd,
      Boolean interactive,
      Integer width,
      Integer height,
      String stdin,
      Integer timeout,
      Integer maxOutputBytes,
      String encoding) {}

  /**
   * The reply.
   *
   * @param exitCode the command's exit code; 128 + N when signal N ended it
   * @param stdout the standard output, in the request's encoding
   * @param stderr the standard error, in the request's encoding
   * @param timedOut whether the time limit killed the command
   * @param truncated whether output beyond the limit was dropped
   */
  record Result(int exitCode, String stdout, String stderr, boolean timedOut, boolean truncated) {}

  /** Registers the route. */
  public void register(Router router) {
    router.post("/api/v1/instances/{name}/exec", Access.OPERATOR, ExecDocs.RUN, this::run);
  }

  private void run(Context ctx) {
    AuditTrail.action(ctx, "exec");
    String name = Names.instance(ctx.pathParam("name"));
    Body body = bodies.read(ctx, Body.class);
    if (body.command() == null) {
      throw ApiException.badRequest("field 'command' is required, for example [\"ls\", \"/\"]");
    }
    if (Boolean.TRUE.equals(body.interactive())) {
      throw ApiException.badRequest(
          "interactive sessions need the WebSocket GET /api/v1/instances/{name}/exec");
    }
    boolean base64 = base64(body.encoding());
    ExecRequest request =
        new ExecRequest(
            body.command(),
            body.environment(),
            body.user() == null ? 0 : body.user(),
            body.group() == null ? 0 : body.group(),
            body.cwd());
    RunOptions options =
        RunOptions.defaults()
            .withStdin(stdin(body.stdin(), base64))
            .withTimeout(
                Duration.ofSeconds(
                    bounded(
                        "timeout", body.timeout(), DEFAULT_TIMEOUT_SECONDS, MAX_TIMEOUT_SECONDS)))
            .withMaxOutputBytes(
                bounded(
                    "max_output_bytes",
                    body.maxOutputBytes(),
                    DEFAULT_MAX_OUTPUT_BYTES,
                    MAX_OUTPUT_BYTES));
    ExecOutput output = lxd.project(Params.project(ctx)).exec().run(name, request, options);
    ctx.json(reply(output, base64));
  }

  private static boolean base64(String encoding) {
    if (encoding == null || encoding.equals("utf-8")) {
      return false;
    }
    if (encoding.equals("base64")) {
      return true;
    }
    throw ApiException.badRequest(
        "field 'encoding'='" + encoding + "' must be 'utf-8' or 'base64'");
  }

  private static byte[] stdin(String stdin, boolean base64) {
    if (stdin == null) {
      return new byte[0];
    }
    if (!base64) {
      return stdin.getBytes(StandardCharsets.UTF_8);
    }
    try {
      return Base64.getDecoder().decode(stdin);
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest("field 'stdin' is not valid base64: " + e.getMessage());
    }
  }

  private static int bounded(String field, Integer value, int fallback, int max) {
    if (value == null) {
      return fallback;
    }
    if (value < 1 || value > max) {
      throw ApiException.badRequest(
          "field '" + field + "'=" + value + " must be between 1 and " + max);
    }
    return value;
  }

  private static Result reply(ExecOutput output, boolean base64) {
    return new Result(
        output.exitCode(),
        base64 ? encode(output.stdout()) : output.stdoutText(),
        base64 ? encode(output.stderr()) : output.stderrText(),
        output.timedOut(),
        output.truncated());
  }

  private static String encode(byte[] bytes) {
    return Base64.getEncoder().encodeToString(bytes);
  }
}

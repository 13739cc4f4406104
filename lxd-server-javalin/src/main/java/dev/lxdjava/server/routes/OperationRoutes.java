package dev.lxdjava.server.routes;

import dev.lxdjava.core.Lxd;
import dev.lxdjava.core.Names;
import dev.lxdjava.core.operation.LxdOperationException;
import dev.lxdjava.core.operation.Operation;
import dev.lxdjava.core.operation.OperationStatus;
import dev.lxdjava.server.http.Access;
import dev.lxdjava.server.http.Params;
import dev.lxdjava.server.http.Router;
import io.javalin.http.Context;
import java.time.Duration;

/** Operation routes under {@code /api/v1/operations}. */
public final class OperationRoutes {
  /** Wait time when {@code timeout} is absent, in seconds. */
  static final int DEFAULT_WAIT_SECONDS = 30;

  /** Longest wait one request may hold, in seconds; {@code timeout=-1} means this long. */
  static final int MAX_WAIT_SECONDS = 300;

  private final Lxd lxd;

  public OperationRoutes(Lxd lxd) {
    this.lxd = lxd;
  }

  /** Registers the routes. */
  public void register(Router router) {
    router.get("/api/v1/operations/{id}", Access.VIEWER, this::get);
    router.get("/api/v1/operations/{id}/wait", Access.VIEWER, this::await);
  }

  private static String id(Context ctx) {
    return Names.segment("operation id", ctx.pathParam("id"));
  }

  private void get(Context ctx) {
    Operation operation = lxd.project(Params.project(ctx)).operations().get(id(ctx));
    ctx.json(OperationJson.operation(operation));
  }

  /**
   * Waits up to {@code timeout} seconds. A failed or cancelled operation becomes its LXD error (4xx
   * with LXD's message); one still running after the timeout is returned as it is.
   */
  private void await(Context ctx) {
    int seconds = Params.integer(ctx, "timeout", DEFAULT_WAIT_SECONDS, -1, MAX_WAIT_SECONDS);
    if (seconds == -1) {
      seconds = MAX_WAIT_SECONDS;
    }
    Operation operation =
        lxd.project(Params.project(ctx)).operations().wait(id(ctx), Duration.ofSeconds(seconds));
    if (operation.status() == OperationStatus.FAILURE
        || operation.status() == OperationStatus.CANCELLED) {
      throw new LxdOperationException(operation, "GET", ctx.path());
    }
    ctx.json(OperationJson.operation(operation));
  }
}

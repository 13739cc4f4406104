package dev.lxdjava.server.routes;

import dev.lxdjava.core.Lxd;
import dev.lxdjava.core.Names;
import dev.lxdjava.core.operation.LxdOperationException;
import dev.lxdjava.core.operation.LxdOperationNotFoundException;
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
    String id = id(ctx);
    Operation operation = inProject(ctx, id).operations().get(id);
    ctx.json(OperationJson.operation(operation));
  }

  /**
   * Returns the request's project view after checking that the operation is listed there. LXD 5.0
   * returns any project's operation by id but lists only the project's own, so without this check a
   * grant in one project would reach the operations, and exec secrets, of another.
   */
  private Lxd inProject(Context ctx, String id) {
    String project = Params.project(ctx);
    Lxd view = lxd.project(project);
    boolean listed = view.operations().list().stream().anyMatch(op -> op.id().equals(id));
    if (!listed) {
      throw new LxdOperationNotFoundException(
          id, "Operation not found in project '" + project + "'", "GET", ctx.path());
    }
    return view;
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
    String id = id(ctx);
    Operation operation = inProject(ctx, id).operations().wait(id, Duration.ofSeconds(seconds));
    if (operation.status() == OperationStatus.FAILURE
        || operation.status() == OperationStatus.CANCELLED) {
      throw new LxdOperationException(operation, "GET", ctx.path());
    }
    ctx.json(OperationJson.operation(operation));
  }
}

package dev.lxdjava.server.routes;

import dev.lxdjava.auth.ProjectSet;
import dev.lxdjava.core.Lxd;
import dev.lxdjava.core.Names;
import dev.lxdjava.core.operation.LxdOperationException;
import dev.lxdjava.core.operation.Operation;
import dev.lxdjava.core.operation.OperationStatus;
import dev.lxdjava.core.operation.Operations;
import dev.lxdjava.server.http.Access;
import dev.lxdjava.server.http.ApiException;
import dev.lxdjava.server.http.Authentication;
import dev.lxdjava.server.http.Params;
import dev.lxdjava.server.http.ProjectFrom;
import dev.lxdjava.server.http.Router;
import io.javalin.http.Context;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;

/**
 * Operation routes under {@code /api/v1/operations}.
 *
 * <p>LXD 5.0 finds an operation by id whatever project the request names, so these routes first
 * check that the operation is listed in the requested project: a caller who may act in one project
 * cannot read, wait for or cancel another project's operations, nor read their exec secrets, by
 * guessing ids.
 */
public final class OperationRoutes {
  /** Wait time when {@code timeout} is absent, in seconds. */
  static final int DEFAULT_WAIT_SECONDS = OperationDocs.DEFAULT_WAIT_SECONDS;

  /** Maximum wait of one request, in seconds; {@code timeout=-1} means this long. */
  static final int MAX_WAIT_SECONDS = OperationDocs.MAX_WAIT_SECONDS;

  private final Lxd lxd;

  public OperationRoutes(Lxd lxd) {
    this.lxd = lxd;
  }

  /** Registers the routes. */
  public void register(Router router) {
    router.get(
        "/api/v1/operations",
        Access.VIEWER,
        ProjectFrom.QUERY_OR_ANY,
        OperationDocs.LIST,
        this::list);
    router.get("/api/v1/operations/{id}", Access.VIEWER, OperationDocs.GET, this::get);
    router.get("/api/v1/operations/{id}/wait", Access.VIEWER, OperationDocs.WAIT, this::await);
    router.delete("/api/v1/operations/{id}", Access.OPERATOR, OperationDocs.CANCEL, this::cancel);
  }

  private static String id(Context ctx) {
    return Names.segment("operation id", ctx.pathParam("id"));
  }

  /**
   * Lists the operations of one project, or with no {@code project} of every project the caller may
   * see, oldest first. LXD lists the operations of all projects in one request, and this drops
   * those of projects where the caller has no viewer role.
   */
  private void list(Context ctx) {
    Page page = Page.of(ctx);
    String project = Authentication.project(ctx);
    List<Operation> operations;
    if (project == null) {
      ProjectSet visible = Authentication.visibleProjects(ctx);
      operations =
          lxd.operations().listAllProjects().stream()
              .filter(operation -> visible.contains(operation.project()))
              .toList();
    } else {
      operations = lxd.project(project).operations().list();
    }
    List<Object> items =
        operations.stream()
            .sorted(
                Comparator.comparing(
                        Operation::createdAt, Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparing(Operation::id))
            .map(operation -> (Object) OperationJson.operation(operation))
            .toList();
    ctx.json(page.of(items));
  }

  private void get(Context ctx) {
    ctx.json(OperationJson.operation(listed(ctx, id(ctx))));
  }

  /**
   * Waits up to {@code timeout} seconds. A failed or cancelled operation becomes its LXD error (4xx
   * with LXD's message); one still running after the timeout is returned as it is.
   */
  private void await(Context ctx) {
    String id = id(ctx);
    int seconds = Params.integer(ctx, OperationDocs.TIMEOUT);
    if (seconds == -1) {
      seconds = MAX_WAIT_SECONDS;
    }
    listed(ctx, id);
    Operation operation = operations(ctx).wait(id, Duration.ofSeconds(seconds));
    if (operation.status() == OperationStatus.FAILURE
        || operation.status() == OperationStatus.CANCELLED) {
      throw new LxdOperationException(operation, "GET", ctx.path());
    }
    ctx.json(OperationJson.operation(operation));
  }

  private void cancel(Context ctx) {
    String id = id(ctx);
    listed(ctx, id);
    operations(ctx).cancel(id);
    ctx.status(204);
  }

  private Operations operations(Context ctx) {
    return lxd.project(Params.project(ctx)).operations();
  }

  /** The operation as listed in the request's project; 404 if that project does not list it. */
  private Operation listed(Context ctx, String id) {
    String project = Params.project(ctx);
    return operations(ctx).list().stream()
        .filter(operation -> operation.id().equals(id))
        .findFirst()
        .orElseThrow(
            () ->
                new ApiException(
                    404,
                    "operation-not-found",
                    "project '"
                        + project
                        + "' has no operation "
                        + id
                        + " (wrong id or project, or it ended and LXD forgot it)"));
  }
}

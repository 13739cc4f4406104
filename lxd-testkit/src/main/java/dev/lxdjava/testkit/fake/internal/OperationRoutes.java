package dev.lxdjava.testkit.fake.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;

/**
 * {@code /1.0/operations}: the list keyed by status, one operation, {@code /wait} and cancel. As in
 * LXD 5.0, the list is filtered by project but a single operation is found by id alone.
 */
final class OperationRoutes {
  private final Daemon daemon;

  OperationRoutes(Daemon daemon) {
    this.daemon = daemon;
  }

  void register(Router router) {
    router.get("operations", (request, params) -> list(request));
    router.get(
        "operations/{id}", (request, params) -> ApiReply.ok(find(params.get("id")).toJson()));
    router.delete("operations/{id}", (request, params) -> cancel(params.get("id")));
    router.get("operations/{id}/wait", (request, params) -> wait(request, params.get("id")));
  }

  private Operation find(String id) {
    return daemon.operations.find(id).orElseThrow(() -> LxdError.notFound("Operation not found"));
  }

  private ApiReply list(ApiRequest request) {
    boolean objects = request.recursion() >= 1;
    String project = "true".equals(request.param("all-projects")) ? null : request.project();
    ObjectNode byStatus = Json.object();
    for (Operation operation : daemon.operations.list(project)) {
      String status = Operation.statusName(operation.statusCode()).toLowerCase(Locale.ROOT);
      ArrayNode group =
          byStatus.has(status) ? (ArrayNode) byStatus.get(status) : byStatus.putArray(status);
      if (objects) {
        group.add(operation.toJson());
      } else {
        group.add("/1.0/operations/" + operation.id());
      }
    }
    return ApiReply.ok(byStatus);
  }

  private ApiReply cancel(String id) {
    daemon.operations.cancel(find(id));
    return ApiReply.empty();
  }

  private ApiReply wait(ApiRequest request, String id) {
    Operation operation = find(id);
    String raw = request.param("timeout");
    long seconds = -1;
    if (!raw.isEmpty()) {
      try {
        seconds = Long.parseLong(raw);
      } catch (NumberFormatException e) {
        throw LxdError.internal("strconv.Atoi: parsing \"" + raw + "\": invalid syntax");
      }
    }
    try {
      operation.awaitFinal(seconds < 0 ? Long.MAX_VALUE / 2 : seconds * 1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return ApiReply.ok(operation.toJson());
  }
}

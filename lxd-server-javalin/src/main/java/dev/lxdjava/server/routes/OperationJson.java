package dev.lxdjava.server.routes;

import dev.lxdjava.core.operation.Operation;
import dev.lxdjava.core.operation.OperationHandle;
import java.util.LinkedHashMap;
import java.util.Map;

/** The JSON shapes of operations: LXD's operation object, and the 202 reference to one. */
public final class OperationJson {
  private OperationJson() {}

  /**
   * The reference returned with HTTP 202: where LXD keeps the operation and where to poll or wait
   * for it through the gateway. URLs carry the project when it is not {@code default}.
   */
  public static Map<String, Object> reference(OperationHandle handle) {
    Operation operation = handle.initial();
    String query = handle.project().equals("default") ? "" : "?project=" + handle.project();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("operation_id", handle.id());
    body.put("project", handle.project());
    body.put("status", statusText(operation));
    body.put("status_code", operation.statusCode());
    body.put("description", operation.description());
    body.put("operation_url", "/1.0/operations/" + handle.id() + query);
    body.put("poll_url", "/api/v1/operations/" + handle.id() + query);
    body.put("wait_url", "/api/v1/operations/" + handle.id() + "/wait" + query);
    return body;
  }

  /** LXD's operation object, with the project it belongs to. */
  public static Map<String, Object> operation(Operation operation) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("id", operation.id());
    body.put("class", operation.operationClass());
    body.put("description", operation.description());
    if (operation.createdAt() != null) {
      body.put("created_at", operation.createdAt());
    }
    if (operation.updatedAt() != null) {
      body.put("updated_at", operation.updatedAt());
    }
    body.put("status", statusText(operation));
    body.put("status_code", operation.statusCode());
    body.put("resources", operation.resources());
    body.put("metadata", operation.metadata());
    body.put("may_cancel", operation.mayCancel());
    body.put("err", operation.err());
    body.put("location", operation.location());
    body.put("project", operation.project());
    return body;
  }

  /** LXD's status text, for example {@code Running}, from the status code. */
  static String statusText(Operation operation) {
    String name = operation.status().name().toLowerCase(java.util.Locale.ROOT);
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }
}

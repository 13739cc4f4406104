package dev.lxdjava.transport.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lxdjava.core.LxdNotFoundException;
import dev.lxdjava.core.LxdProtocolException;
import dev.lxdjava.core.LxdValidationException;
import dev.lxdjava.core.Names;
import dev.lxdjava.core.Scope;
import dev.lxdjava.core.operation.LxdOperationNotFoundException;
import dev.lxdjava.core.operation.Operation;
import dev.lxdjava.core.operation.OperationHandle;
import dev.lxdjava.core.operation.Operations;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@link Operations} over {@code /1.0/operations}. */
final class RestOperations implements Operations {
  /** Margin on top of LXD's own wait timeout before the HTTP request itself times out. */
  private static final Duration WAIT_MARGIN = Duration.ofSeconds(30);

  private final RestClient rest;
  private final Scope scope;

  RestOperations(RestClient rest, Scope scope) {
    this.rest = rest;
    this.scope = scope;
  }

  LxdPath path(String id) {
    return LxdPath.of("operations", checkId(id)).scope(scope, false);
  }

  private static String checkId(String id) {
    Names.segment("operation id", id);
    return id;
  }

  @Override
  public List<Operation> list() {
    JsonNode byStatus =
        rest.get(LxdPath.of("operations").query("recursion", "1").scope(scope, false)).metadata();
    List<Operation> result = new ArrayList<>();
    if (byStatus.isNull()) {
      return result;
    }
    if (!byStatus.isObject()) {
      throw new LxdProtocolException(
          "operation list: expected an object keyed by status, got " + byStatus.getNodeType());
    }
    byStatus.forEach(
        group -> group.forEach(item -> result.add(Replies.operation(item, scope.project()))));
    return result;
  }

  @Override
  public List<Operation> listAllProjects() {
    // NOTE: LXD with the operations_get_query_all_projects extension can list every project's
    // operations in one request, but its operation objects do not say which project each is in.
    List<String> projects = Replies.namesFromUrls(rest.get(LxdPath.of("projects")).metadata());
    List<Operation> result = new ArrayList<>();
    for (String project : projects) {
      try {
        result.addAll(new RestOperations(rest, scope.withProject(project)).list());
      } catch (LxdNotFoundException deletedMeanwhile) {
        // The project disappeared between the two requests: it has no operations to show.
      }
    }
    return result;
  }

  @Override
  public Operation get(String id) {
    return Replies.operation(rest.get(path(id)).metadata(), scope.project());
  }

  @Override
  public Optional<Operation> find(String id) {
    try {
      return Optional.of(get(id));
    } catch (LxdOperationNotFoundException e) {
      return Optional.empty();
    }
  }

  @Override
  public Operation wait(String id, Duration timeout) {
    if (timeout.isNegative()) {
      throw new LxdValidationException("wait timeout", timeout.toString(), "must not be negative");
    }
    // LXD parses the timeout as an integer number of seconds; round up so short waits still wait.
    long seconds = (timeout.toMillis() + 999) / 1000;
    LxdPath path = path(id).segment("wait").query("timeout", Long.toString(seconds));
    Duration httpTimeout = Duration.ofSeconds(seconds).plus(WAIT_MARGIN);
    LxdResponse response = rest.send("GET", path, null, null, httpTimeout);
    return Replies.operation(response.metadata(), scope.project());
  }

  @Override
  public void cancel(String id) {
    rest.send("DELETE", path(id), null);
  }

  @Override
  public OperationHandle handle(String id) {
    return new RestOperationHandle(this, get(id));
  }

  /**
   * Finishes a write that LXD 5.0 replies to synchronously, such as a PATCH. A sync reply means the
   * write is done. An async reply, which another daemon version might send, is waited for, so the
   * write has taken effect when the method returns.
   */
  static void awaitIfAsync(RestClient rest, Scope scope, LxdResponse response) {
    if (response.async()) {
      fromAsync(rest, scope, response).await();
    }
  }

  /**
   * Turns an async reply into a handle. The operation URL LXD returned may carry its own project;
   * otherwise the project of this view is used.
   */
  static OperationHandle fromAsync(RestClient rest, Scope scope, LxdResponse response) {
    if (!response.async()) {
      throw new LxdProtocolException(
          response.method()
              + " "
              + response.path()
              + ": expected LXD to start a background operation, got a synchronous reply");
    }
    LxdPath url = LxdPath.parse(response.operationUrl());
    String project = url.queryValue("project");
    Scope operationScope = project.isEmpty() ? scope : scope.withProject(project);
    RestOperations operations = new RestOperations(rest, operationScope);
    Operation initial = Replies.operation(response.metadata(), operationScope.project());
    if (initial.id().isEmpty()) {
      initial = operations.get(url.lastSegment());
    }
    return new RestOperationHandle(operations, initial);
  }
}

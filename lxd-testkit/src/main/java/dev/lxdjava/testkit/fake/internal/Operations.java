package dev.lxdjava.testkit.fake.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The operations registry. Operations run on worker threads, publish an operation event at each
 * change, and are forgotten {@code retention} after they end, as LXD drops them after about five
 * seconds.
 */
public final class Operations {
  /** The work of an operation: returns the final metadata, or {@code null} to keep it. */
  @FunctionalInterface
  interface Body {
    JsonNode run(Operation operation) throws Exception;
  }

  private final Map<String, Operation> byId = new ConcurrentHashMap<>();
  private final Events events;
  private final ExecutorService workers;
  private final ScheduledExecutorService scheduler;
  private final Duration retention;
  private volatile Duration delay = Duration.ZERO;

  Operations(
      Events events,
      ExecutorService workers,
      ScheduledExecutorService scheduler,
      Duration retention) {
    this.events = events;
    this.workers = workers;
    this.scheduler = scheduler;
    this.retention = retention;
  }

  /** Makes every operation started from now on wait this long before it does its work. */
  void delay(Duration value) {
    delay = value;
  }

  /**
   * Creates an operation, publishes it, and runs its body on a worker thread.
   *
   * @param resources object URLs by kind, or {@code null} for none
   * @param metadata the initial metadata, or {@code null}
   * @param onEnd runs after the operation ended, whatever the outcome
   */
  Operation start(
      String project,
      String operationClass,
      String description,
      Map<String, List<String>> resources,
      JsonNode metadata,
      boolean mayCancel,
      Body body,
      Runnable onEnd) {
    Operation operation =
        new Operation(project, operationClass, description, resources, metadata, mayCancel);
    register(operation);
    Duration wait = delay;
    Runnable work = () -> run(operation, body, onEnd);
    if (wait.isZero()) {
      workers.execute(work);
    } else {
      scheduler.schedule(() -> workers.execute(work), wait.toMillis(), TimeUnit.MILLISECONDS);
    }
    return operation;
  }

  /** Creates and publishes an operation whose end its owner decides, such as a token or exec. */
  Operation open(
      String project,
      String operationClass,
      String description,
      Map<String, List<String>> resources,
      JsonNode metadata,
      boolean mayCancel) {
    Operation operation =
        new Operation(project, operationClass, description, resources, metadata, mayCancel);
    register(operation);
    return operation;
  }

  private void register(Operation operation) {
    byId.put(operation.id(), operation);
    events.operation(operation);
    operation.markRunning();
    events.operation(operation);
  }

  private void run(Operation operation, Body body, Runnable onEnd) {
    try {
      JsonNode result = body.run(operation);
      if (result != null) {
        operation.setMetadata(result);
      }
      complete(operation, Operation.SUCCESS, "");
    } catch (LxdError e) {
      complete(operation, Operation.FAILURE, e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      complete(operation, Operation.CANCELLED, "");
    } catch (Exception e) {
      complete(operation, Operation.FAILURE, String.valueOf(e.getMessage()));
    } finally {
      onEnd.run();
    }
  }

  /** Ends an operation, publishes the final state and schedules LXD's forgetting of it. */
  void complete(Operation operation, int statusCode, String err) {
    if (!operation.finish(statusCode, err)) {
      return;
    }
    events.operation(operation);
    scheduler.schedule(
        () -> byId.remove(operation.id(), operation), retention.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Finds an operation in a project; LXD treats one in another project as unknown. */
  Optional<Operation> find(String id, String project) {
    Operation operation = byId.get(id);
    if (operation == null || !operation.project().equals(project)) {
      return Optional.empty();
    }
    return Optional.of(operation);
  }

  /** Finds an operation by id in any project, for its websockets. */
  Optional<Operation> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  Operation get(String id, String project) {
    return find(id, project).orElseThrow(() -> LxdError.notFound("Operation not found"));
  }

  /** The operations of a project (or of all projects when {@code null}), oldest first. */
  List<Operation> list(String project) {
    List<Operation> result = new ArrayList<>();
    for (Operation operation : byId.values()) {
      if (project == null || operation.project().equals(project)) {
        result.add(operation);
      }
    }
    result.sort(Comparator.comparing(op -> op.toJson().get("created_at").asText()));
    return result;
  }

  /** Cancels an operation as {@code DELETE /1.0/operations/{id}} does. */
  void cancel(Operation operation) {
    if (!operation.mayCancel()) {
      throw LxdError.badRequest("This operation can't be cancelled");
    }
    operation.setStatus(Operation.CANCELLING);
    events.operation(operation);
    operation.cancelHook().run();
    complete(operation, Operation.CANCELLED, "");
  }

  /** Forgets every operation, as a restarted daemon does. Running ones end as failed first. */
  void clear() {
    for (Operation operation : byId.values()) {
      operation.finish(Operation.FAILURE, "Daemon restarted");
    }
    byId.clear();
  }
}

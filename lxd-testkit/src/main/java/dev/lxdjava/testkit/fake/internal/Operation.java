package dev.lxdjava.testkit.fake.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/** One background operation and its life: running, then success, failure or cancelled. */
public final class Operation {
  static final int CANCELLING = 104;
  static final int PENDING = 105;
  static final int RUNNING = 103;
  static final int SUCCESS = 200;
  static final int FAILURE = 400;
  static final int CANCELLED = 401;

  private final String id = UUID.randomUUID().toString();
  private final String project;
  private final String operationClass;
  private final String description;
  private final Instant createdAt = Instant.now();
  private final Map<String, List<String>> resources;
  private final boolean mayCancel;
  private Instant updatedAt = createdAt;
  private int statusCode = PENDING;
  private JsonNode metadata;
  private String err = "";
  private Runnable cancelHook = () -> {};
  private ObjectNode initialJson;
  private Instant finishedAt;

  Operation(
      String project,
      String operationClass,
      String description,
      Map<String, List<String>> resources,
      JsonNode metadata,
      boolean mayCancel) {
    this.project = project;
    this.operationClass = operationClass;
    this.description = description;
    this.resources = resources;
    this.metadata = metadata;
    this.mayCancel = mayCancel;
  }

  public String id() {
    return id;
  }

  String project() {
    return project;
  }

  /** The operation's URL as LXD returns it, with {@code ?project=} outside {@code default}. */
  String url() {
    return "/1.0/operations/" + id + (project.equals("default") ? "" : "?project=" + project);
  }

  synchronized int statusCode() {
    return statusCode;
  }

  synchronized boolean isFinal() {
    return statusCode >= SUCCESS;
  }

  synchronized Instant finishedAt() {
    return finishedAt;
  }

  synchronized JsonNode metadata() {
    return metadata;
  }

  synchronized void setMetadata(JsonNode value) {
    metadata = value;
    updatedAt = Instant.now();
  }

  synchronized boolean mayCancel() {
    return mayCancel && !isFinal();
  }

  synchronized void onCancel(Runnable hook) {
    cancelHook = hook;
  }

  synchronized Runnable cancelHook() {
    return cancelHook;
  }

  /** Moves to a running state and keeps the JSON the async reply shows. */
  synchronized void markRunning() {
    statusCode = RUNNING;
    initialJson = toJson();
  }

  /** The operation as it was when it started running, for the async reply. */
  synchronized ObjectNode initialJson() {
    return initialJson == null ? toJson() : initialJson.deepCopy();
  }

  synchronized void setStatus(int code) {
    statusCode = code;
    updatedAt = Instant.now();
  }

  /** Ends the operation; waiters wake up. Returns false when it had already ended. */
  synchronized boolean finish(int code, String error) {
    if (isFinal()) {
      return false;
    }
    statusCode = code;
    err = error == null ? "" : error;
    updatedAt = Instant.now();
    finishedAt = updatedAt;
    notifyAll();
    return true;
  }

  /** Waits until the operation ends or the time is up. */
  synchronized void awaitFinal(long timeoutMillis) throws InterruptedException {
    long deadline = System.currentTimeMillis() + timeoutMillis;
    while (!isFinal()) {
      long remaining = deadline - System.currentTimeMillis();
      if (remaining <= 0) {
        return;
      }
      wait(remaining);
    }
  }

  static String statusName(int code) {
    return switch (code) {
      case 100 -> "Created";
      case 101 -> "Started";
      case 102 -> "Stopped";
      case 103 -> "Running";
      case 104 -> "Cancelling";
      case 105 -> "Pending";
      case 200 -> "Success";
      case 400 -> "Failure";
      case 401 -> "Cancelled";
      default -> "Unknown";
    };
  }

  /** The operation in LXD's JSON shape. */
  synchronized ObjectNode toJson() {
    ObjectNode node = Json.object();
    node.put("id", id);
    node.put("class", operationClass);
    node.put("description", description);
    node.put("created_at", Times.format(createdAt));
    node.put("updated_at", Times.format(updatedAt));
    node.put("status", statusName(statusCode));
    node.put("status_code", statusCode);
    if (resources == null) {
      node.putNull("resources");
    } else {
      ObjectNode res = node.putObject("resources");
      new TreeMap<>(resources).forEach((kind, urls) -> res.set(kind, Json.strings(urls)));
    }
    node.set("metadata", metadata == null ? NullNode.instance : metadata.deepCopy());
    node.put("may_cancel", mayCancel);
    node.put("err", err);
    node.put("location", "none");
    return node;
  }
}

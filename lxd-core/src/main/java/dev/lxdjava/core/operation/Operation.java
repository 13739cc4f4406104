package dev.lxdjava.core.operation;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An LXD background operation as LXD last reported it.
 *
 * @param id the operation's UUID
 * @param operationClass {@code task}, {@code websocket} or {@code token}
 * @param description what the operation does, for example {@code Starting instance}
 * @param createdAt when LXD created it
 * @param updatedAt when LXD last changed it
 * @param statusCode LXD's numeric status code, kept even when {@link #status()} is unknown
 * @param resources object URLs the operation touches, keyed by kind ({@code instances}, ...)
 * @param metadata operation-specific data: exec file descriptor secrets, an exit code, progress
 * @param mayCancel whether LXD accepts a cancel request for it
 * @param err LXD's error text when it failed, otherwise empty
 * @param location cluster member running it, {@code none} outside a cluster
 * @param project project the operation belongs to, as known from the request that found it
 */
public record Operation(
    String id,
    String operationClass,
    String description,
    Instant createdAt,
    Instant updatedAt,
    int statusCode,
    Map<String, List<String>> resources,
    Map<String, Object> metadata,
    boolean mayCancel,
    String err,
    String location,
    String project) {

  public Operation {
    description = description == null ? "" : description;
    resources = resources == null ? Map.of() : Map.copyOf(resources);
    metadata =
        metadata == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
    err = err == null ? "" : err;
    location = location == null ? "" : location;
    project = project == null ? "default" : project;
  }

  /** The status mapped from {@link #statusCode()}. */
  public OperationStatus status() {
    return OperationStatus.fromCode(statusCode);
  }

  /** Whether the operation has ended. */
  public boolean isFinal() {
    return status().isFinal();
  }
}

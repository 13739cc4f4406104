package dev.lxdjava.core.operation;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An LXD background operation as LXD last reported it.
 *
 * @param id the operation's UUID
 * @param operationClass {@code task}, {@code websocket} or {@code token}
 * @param description what the operation does, for example {@code Starting instance}
 * @param createdAt when LXD created it
 * @param updatedAt when LXD last changed it
 * @param statusCode LXD's numeric status code, kept even when {@link #status()} is unknown
 * @param resources object URLs the operation touches or creates, keyed by kind ({@code instances},
 *     {@code backups}, ...); see {@link #resourceNames(String)}
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

  /**
   * Returns the names of the objects of one kind that the operation touches or creates: the last
   * segment of each URL in {@link #resources()}, percent-decoded. For an instance create that is
   * the new instance, and for a backup create {@code resourceNames("backups")} is the new backup.
   * LXD 5.0 lists the instance's old name for a rename, and the snapshot name under {@code
   * instances} for a snapshot update.
   *
   * @param kind a key of {@link #resources()}, for example {@code instances}
   */
  public List<String> resourceNames(String kind) {
    List<String> names = new ArrayList<>();
    for (String url : resources.getOrDefault(kind, List.of())) {
      int query = url.indexOf('?');
      String path = query < 0 ? url : url.substring(0, query);
      String last = path.substring(path.lastIndexOf('/') + 1);
      names.add(decode(last));
    }
    return names;
  }

  /** Percent-decodes a URL segment; LXD 5.0 sends some names unencoded, so malformed stays raw. */
  private static String decode(String segment) {
    try {
      return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException notEncoded) {
      return segment;
    }
  }

  /**
   * Finds the first instance the operation touches or creates, or returns empty if it names none.
   */
  public Optional<String> findInstanceName() {
    return resourceNames("instances").stream().findFirst();
  }
}

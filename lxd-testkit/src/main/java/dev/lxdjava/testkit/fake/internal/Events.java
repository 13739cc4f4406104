package dev.lxdjava.testkit.fake.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * LXD's event hub: lifecycle, operation and logging events, each delivered to the subscribers whose
 * type and project filters match. Subscribers of one project see only that project's events; {@code
 * all-projects} subscribers see all. Logging events belong to no project and reach every subscriber
 * that asked for the type.
 */
public final class Events {
  /** Supported values of the {@code type} parameter. */
  static final Set<String> TYPES = Set.of("lifecycle", "operation", "logging");

  private static final int KEPT = 1000;

  /** A connected listener. */
  interface Subscriber {
    /** The event types it asked for. */
    Set<String> types();

    /** Its project, or {@code null} for all projects. */
    String project();

    /** Sends one event as a text frame. */
    void send(String text);
  }

  private final List<Subscriber> subscribers = new CopyOnWriteArrayList<>();
  private final Deque<JsonNode> recent = new ArrayDeque<>();

  void subscribe(Subscriber subscriber) {
    subscribers.add(subscriber);
  }

  void unsubscribe(Subscriber subscriber) {
    subscribers.remove(subscriber);
  }

  /** The number of connected subscribers. */
  public int subscriberCount() {
    return subscribers.size();
  }

  /** The latest events, oldest first. */
  public synchronized List<JsonNode> recent() {
    return List.copyOf(recent);
  }

  /** Publishes an operation's current state. */
  void operation(Operation operation) {
    publish("operation", operation.project(), operation.toJson());
  }

  /**
   * Publishes a lifecycle event.
   *
   * @param context extra fields, or {@code null}
   * @param requestor the caller when LXD names it for this action, or {@code null}
   */
  void lifecycle(
      String project,
      String action,
      String source,
      ObjectNode context,
      ApiRequest.Caller requestor) {
    ObjectNode metadata = Json.object();
    metadata.put("action", action);
    metadata.put("source", source);
    if (context != null) {
      metadata.set("context", context);
    }
    if (requestor != null) {
      ObjectNode who = metadata.putObject("requestor");
      who.put("username", requestor.username());
      who.put("protocol", requestor.protocol());
      who.put("address", requestor.address());
    }
    publish("lifecycle", project, metadata);
  }

  /** Publishes a logging event at debug level. */
  void log(String message, ObjectNode context) {
    ObjectNode metadata = Json.object();
    metadata.put("message", message);
    metadata.put("level", "debug");
    metadata.set("context", context == null ? Json.object() : context);
    publish("logging", null, metadata);
  }

  private void publish(String type, String project, JsonNode metadata) {
    ObjectNode event = Json.object();
    event.put("type", type);
    event.put("timestamp", Times.format(Instant.now()));
    event.set("metadata", metadata);
    event.put("location", "none");
    if (project != null) {
      event.put("project", project);
    }
    synchronized (this) {
      recent.addLast(event);
      while (recent.size() > KEPT) {
        recent.removeFirst();
      }
    }
    String text = new String(Json.write(event), java.nio.charset.StandardCharsets.UTF_8) + "\n";
    for (Subscriber subscriber : subscribers) {
      boolean projectMatches =
          project == null || subscriber.project() == null || subscriber.project().equals(project);
      if (subscriber.types().contains(type) && projectMatches) {
        subscriber.send(text);
      }
    }
  }
}

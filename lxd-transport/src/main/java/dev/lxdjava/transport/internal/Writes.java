package dev.lxdjava.transport.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lxdjava.core.Scope;
import java.util.Map;

/** Helpers for writes whose reply may be synchronous or a background operation. */
final class Writes {
  private Writes() {}

  /**
   * Finishes a write according to LXD's envelope: a synchronous reply means the change is done; an
   * asynchronous one is waited for, and a failed operation raises its error.
   */
  static void complete(RestClient rest, Scope scope, LxdResponse response) {
    if (response.async()) {
      RestOperations.fromAsync(rest, scope, response).await();
    }
  }

  /** Puts {@code description} and {@code config} for a PUT: {@code null} becomes empty. */
  static void putReplacing(
      RestClient rest, ObjectNode body, String description, Map<String, String> config) {
    body.put("description", description == null ? "" : description);
    body.set("config", rest.json().valueToTree(config == null ? Map.of() : config));
  }

  /** Puts {@code description} and {@code config} for a PATCH: {@code null} is left out. */
  static void putMerging(
      RestClient rest, ObjectNode body, String description, Map<String, String> config) {
    if (description != null) {
      body.put("description", description);
    }
    if (config != null) {
      body.set("config", rest.json().valueToTree(config));
    }
  }

  /** Builds the body {@code {"name": newName}} of a rename. */
  static ObjectNode rename(String newName) {
    ObjectNode body = JsonFields.newObject();
    body.put("name", newName);
    return body;
  }
}

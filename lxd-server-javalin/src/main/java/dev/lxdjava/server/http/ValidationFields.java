package dev.lxdjava.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * Finds where a value the SDK rejected came from in the request, so the {@code field} member of a
 * validation problem names the body field ({@code name}, {@code source.alias}, {@code
 * devices.eth0}) or path parameter, not the SDK's description such as {@code instance name}.
 */
final class ValidationFields {
  private ValidationFields() {}

  /**
   * Returns the path of the first JSON body field, in document order, whose string value or object
   * key equals {@code value}, else the name of a path parameter with that value.
   */
  static Optional<String> locate(Context ctx, ObjectMapper json, String value) {
    if (value == null) {
      return Optional.empty();
    }
    Optional<String> inBody = inBody(ctx, json, value);
    if (inBody.isPresent()) {
      return inBody;
    }
    return ctx.pathParamMap().entrySet().stream()
        .filter(param -> param.getValue().equals(value))
        .map(Map.Entry::getKey)
        .findFirst();
  }

  private static Optional<String> inBody(Context ctx, ObjectMapper json, String value) {
    String contentType = ctx.contentType();
    if (contentType == null
        || !contentType.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
      return Optional.empty();
    }
    try {
      return find(json.readTree(ctx.bodyAsBytes()), "", value);
    } catch (IOException | RuntimeException e) {
      // The body was read before the SDK saw the value; an unreadable one has nothing to name.
      return Optional.empty();
    }
  }

  private static Optional<String> find(JsonNode node, String path, String value) {
    if (node == null) {
      return Optional.empty();
    }
    if (node.isTextual() && node.textValue().equals(value) && !path.isEmpty()) {
      return Optional.of(path);
    }
    if (node.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        String child = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
        if (field.getKey().equals(value) && !path.isEmpty()) {
          return Optional.of(child);
        }
        Optional<String> found = find(field.getValue(), child, value);
        if (found.isPresent()) {
          return found;
        }
      }
    }
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        Optional<String> found = find(node.get(i), path + "[" + i + "]", value);
        if (found.isPresent()) {
          return found;
        }
      }
    }
    return Optional.empty();
  }
}

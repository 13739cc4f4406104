package dev.lxdjava.server.ws;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.PropertyNamingStrategy;
import dev.lxdjava.server.http.ApiException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads the client's JSON text messages into the records of {@link TerminalMessages}, strictly and
 * with errors in the words of the HTTP API: an unknown field is named with the known ones, a value
 * of the wrong type is named with the type its field takes. Jackson's own messages, which name Java
 * classes, never reach the client.
 */
final class MessageReader {
  /** Characters of a rejected value quoted in an error. */
  static final int MAX_QUOTED = 40;

  private final ObjectMapper json;

  MessageReader(ObjectMapper json) {
    this.json = json;
  }

  /** Parses a text message; it must be a JSON object. */
  JsonNode parse(String message) {
    JsonNode node;
    try {
      node = json.readTree(message);
    } catch (JsonProcessingException e) {
      throw ApiException.badRequest("message is not valid JSON: " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      throw ApiException.badRequest("message must be a JSON object with a 'type' field");
    }
    return node;
  }

  /** Binds a parsed message of {@code type} to its record. */
  <T extends Record> T read(JsonNode node, String type, Class<T> record) {
    Map<String, RecordComponent> fields = fields(record);
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!fields.containsKey(name)) {
        throw ApiException.badRequest(
            "unknown field '"
                + name
                + "' in '"
                + type
                + "' message; known fields: "
                + fields.keySet().stream().sorted().collect(Collectors.joining(", ")));
      }
    }
    for (Map.Entry<String, RecordComponent> field : fields.entrySet()) {
      JsonNode value = node.get(field.getKey());
      if (value == null || value.isNull()) {
        continue;
      }
      try {
        json.treeToValue(value, json.constructType(field.getValue().getGenericType()));
      } catch (JsonProcessingException | IllegalArgumentException wrongType) {
        throw wrongType(field.getKey(), value, field.getValue().getGenericType());
      }
    }
    try {
      return json.treeToValue(node, record);
    } catch (JsonProcessingException e) {
      throw ApiException.badRequest("invalid '" + type + "' message: " + e.getOriginalMessage());
    }
  }

  private Map<String, RecordComponent> fields(Class<? extends Record> record) {
    PropertyNamingStrategy naming = json.getPropertyNamingStrategy();
    Map<String, RecordComponent> fields = new LinkedHashMap<>();
    for (RecordComponent component : record.getRecordComponents()) {
      String name =
          naming instanceof PropertyNamingStrategies.NamingBase base
              ? base.translate(component.getName())
              : component.getName();
      fields.put(name, component);
    }
    return fields;
  }

  private static ApiException wrongType(String field, JsonNode value, Type expected) {
    String sent = value.toString();
    if (sent.length() > MAX_QUOTED) {
      sent = sent.substring(0, MAX_QUOTED) + "…";
    }
    return ApiException.badRequest(
        "field '" + field + "' has the wrong type: " + sent + "; expected " + describe(expected));
  }

  /** Names a field's type in JSON terms: "a whole number", "an array of strings". */
  static String describe(Type type) {
    if (type instanceof ParameterizedType generic && generic.getRawType() instanceof Class<?> raw) {
      Type[] arguments = generic.getActualTypeArguments();
      if (Collection.class.isAssignableFrom(raw)) {
        return "an array of " + plural(arguments[0]);
      }
      if (Map.class.isAssignableFrom(raw)) {
        return "an object whose values are " + plural(arguments[arguments.length - 1]);
      }
    }
    if (type == String.class) {
      return "a string";
    }
    if (type == Integer.class || type == Long.class || type == int.class || type == long.class) {
      return "a whole number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    return "an object";
  }

  private static String plural(Type element) {
    return switch (describe(element)) {
      case "a string" -> "strings";
      case "a whole number" -> "whole numbers";
      case "true or false" -> "booleans";
      default -> "objects";
    };
  }
}

package dev.lxdjava.transport.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lxdjava.core.LxdProtocolException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads typed fields from one JSON object of an LXD reply. A missing or null field gives the type's
 * empty value; a field of the wrong type raises {@link LxdProtocolException} naming the field and
 * the object, so a malformed reply fails with a clear message instead of a wrong value.
 */
final class JsonFields {
  static final ObjectMapper MAPPER = new ObjectMapper();

  private final JsonNode node;
  private final String context;

  private JsonFields(JsonNode node, String context) {
    this.node = node;
    this.context = context;
  }

  /** Wraps a node that must be a JSON object. */
  static JsonFields of(JsonNode node, String context) {
    if (node == null || !node.isObject()) {
      throw new LxdProtocolException(
          context
              + ": expected a JSON object, got "
              + (node == null ? "nothing" : node.getNodeType()));
    }
    return new JsonFields(node, context);
  }

  JsonNode raw() {
    return node;
  }

  boolean has(String field) {
    JsonNode value = node.get(field);
    return value != null && !value.isNull();
  }

  String text(String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return "";
    }
    if (!value.isTextual()) {
      throw wrongType(field, "a string", value);
    }
    return value.asText();
  }

  long number(String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return 0;
    }
    if (!value.isNumber()) {
      throw wrongType(field, "a number", value);
    }
    return value.asLong();
  }

  int integer(String field) {
    long value = number(field);
    if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
      throw new LxdProtocolException(context + ": field '" + field + "' is out of range: " + value);
    }
    return (int) value;
  }

  boolean bool(String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return false;
    }
    if (!value.isBoolean()) {
      throw wrongType(field, "a boolean", value);
    }
    return value.asBoolean();
  }

  Instant instant(String field) {
    String value = text(field);
    if (value.isEmpty()) {
      return null;
    }
    try {
      return Instant.parse(value);
    } catch (DateTimeParseException e) {
      try {
        return java.time.OffsetDateTime.parse(value).toInstant();
      } catch (DateTimeParseException again) {
        throw new LxdProtocolException(
            context + ": field '" + field + "' is not an RFC 3339 time: " + value, again);
      }
    }
  }

  JsonFields object(String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return new JsonFields(MAPPER.createObjectNode(), context + "." + field);
    }
    return of(value, context + "." + field);
  }

  List<String> textList(String field) {
    JsonNode value = node.get(field);
    List<String> result = new ArrayList<>();
    if (value == null || value.isNull()) {
      return result;
    }
    if (!value.isArray()) {
      throw wrongType(field, "an array", value);
    }
    for (JsonNode item : value) {
      if (!item.isTextual()) {
        throw wrongType(field + "[]", "a string", item);
      }
      result.add(item.asText());
    }
    return result;
  }

  /**
   * Reads an array of objects, such as an instance's {@code snapshots}; missing or null is empty.
   */
  List<JsonFields> objectList(String field) {
    JsonNode value = node.get(field);
    List<JsonFields> result = new ArrayList<>();
    if (value == null || value.isNull()) {
      return result;
    }
    if (!value.isArray()) {
      throw wrongType(field, "an array", value);
    }
    int index = 0;
    for (JsonNode item : value) {
      result.add(of(item, context + "." + field + "[" + index + "]"));
      index++;
    }
    return result;
  }

  /** A string map such as {@code config}; LXD sends every value as a string. */
  Map<String, String> textMap(String field) {
    JsonNode value = node.get(field);
    Map<String, String> result = new LinkedHashMap<>();
    if (value == null || value.isNull()) {
      return result;
    }
    if (!value.isObject()) {
      throw wrongType(field, "an object", value);
    }
    value
        .fields()
        .forEachRemaining(
            entry -> {
              JsonNode item = entry.getValue();
              if (item.isNull()) {
                return;
              }
              if (!item.isValueNode()) {
                throw wrongType(field + "." + entry.getKey(), "a string", item);
              }
              result.put(entry.getKey(), item.asText());
            });
    return result;
  }

  /** A device map: device name to its string keys. */
  Map<String, Map<String, String>> deviceMap(String field) {
    JsonNode value = node.get(field);
    Map<String, Map<String, String>> result = new LinkedHashMap<>();
    if (value == null || value.isNull()) {
      return result;
    }
    if (!value.isObject()) {
      throw wrongType(field, "an object", value);
    }
    JsonFields devices = of(value, context + "." + field);
    value.fieldNames().forEachRemaining(name -> result.put(name, devices.textMap(name)));
    return result;
  }

  /** Any JSON value converted to plain Java: maps, lists, strings, numbers, booleans, null. */
  Map<String, Object> plainMap(String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return new LinkedHashMap<>();
    }
    if (!value.isObject()) {
      throw wrongType(field, "an object", value);
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> result = MAPPER.convertValue(value, LinkedHashMap.class);
    return result;
  }

  /** A map of string lists, such as an operation's {@code resources}. */
  Map<String, List<String>> listMap(String field) {
    JsonNode value = node.get(field);
    Map<String, List<String>> result = new LinkedHashMap<>();
    if (value == null || value.isNull()) {
      return result;
    }
    if (!value.isObject()) {
      throw wrongType(field, "an object", value);
    }
    JsonFields inner = of(value, context + "." + field);
    value.fieldNames().forEachRemaining(name -> result.put(name, inner.textList(name)));
    return result;
  }

  static ObjectNode newObject() {
    return MAPPER.createObjectNode();
  }

  private LxdProtocolException wrongType(String field, String expected, JsonNode actual) {
    return new LxdProtocolException(
        context
            + ": field '"
            + field
            + "' should be "
            + expected
            + " but is "
            + actual.getNodeType());
  }
}

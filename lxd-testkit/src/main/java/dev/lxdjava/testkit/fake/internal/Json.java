package dev.lxdjava.testkit.fake.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** JSON building and reading for the fake, in LXD's shapes. */
public final class Json {
  static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private Json() {}

  static ObjectNode object() {
    return NODES.objectNode();
  }

  static ArrayNode array() {
    return NODES.arrayNode();
  }

  static ArrayNode strings(Collection<String> values) {
    ArrayNode array = array();
    values.forEach(array::add);
    return array;
  }

  /** A string map as LXD writes config maps: keys sorted, as Go's JSON encoder sorts them. */
  static ObjectNode stringMap(Map<String, String> values) {
    ObjectNode node = object();
    new TreeMap<>(values).forEach(node::put);
    return node;
  }

  /** A device map: device names and their keys sorted. */
  static ObjectNode deviceMap(Map<String, Map<String, String>> devices) {
    ObjectNode node = object();
    new TreeMap<>(devices).forEach((name, device) -> node.set(name, stringMap(device)));
    return node;
  }

  /** Parses a request body; LXD rejects a body that is not JSON with 400. */
  static JsonNode parse(byte[] body) {
    if (body.length == 0) {
      throw LxdError.badRequest("EOF");
    }
    try {
      JsonNode node = MAPPER.readTree(body);
      return node == null ? object() : node;
    } catch (JsonProcessingException e) {
      throw LxdError.badRequest("invalid JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw LxdError.badRequest(e.getMessage());
    }
  }

  static byte[] write(JsonNode node) {
    try {
      return MAPPER.writeValueAsBytes(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot encode JSON", e);
    }
  }

  /** A text field, or empty when absent or null. */
  static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return "";
    }
    if (!value.isTextual()) {
      throw typeError(field, value, "string");
    }
    return value.asText();
  }

  static boolean bool(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return false;
    }
    if (!value.isBoolean()) {
      throw typeError(field, value, "bool");
    }
    return value.asBoolean();
  }

  static long number(JsonNode node, String field, long fallback) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return fallback;
    }
    if (!value.isIntegralNumber()) {
      throw typeError(field, value, "int");
    }
    return value.asLong();
  }

  /** A string-to-string map such as {@code config}; LXD rejects non-string values. */
  static Map<String, String> textMap(JsonNode node, String field) {
    Map<String, String> result = new LinkedHashMap<>();
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return result;
    }
    if (!value.isObject()) {
      throw typeError(field, value, "map[string]string");
    }
    value
        .fields()
        .forEachRemaining(
            entry -> {
              if (!entry.getValue().isTextual()) {
                throw typeError(field + "." + entry.getKey(), entry.getValue(), "string");
              }
              result.put(entry.getKey(), entry.getValue().asText());
            });
    return result;
  }

  static Map<String, Map<String, String>> devices(JsonNode node, String field) {
    Map<String, Map<String, String>> result = new LinkedHashMap<>();
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return result;
    }
    if (!value.isObject()) {
      throw typeError(field, value, "map[string]map[string]string");
    }
    value.fieldNames().forEachRemaining(name -> result.put(name, textMap(value, name)));
    return result;
  }

  static List<String> textList(JsonNode node, String field) {
    List<String> result = new ArrayList<>();
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return result;
    }
    if (!value.isArray()) {
      throw typeError(field, value, "[]string");
    }
    for (JsonNode item : value) {
      if (!item.isTextual()) {
        throw typeError(field, item, "string");
      }
      result.add(item.asText());
    }
    return result;
  }

  private static LxdError typeError(String field, JsonNode value, String goType) {
    return LxdError.badRequest(
        "json: cannot unmarshal "
            + value.getNodeType().name().toLowerCase(java.util.Locale.ROOT)
            + " into Go struct field ."
            + field
            + " of type "
            + goType);
  }
}

package dev.lxdjava.server.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;

/**
 * The JSON Schema of a body, rendered when the API document is built. Named shapes and records
 * become entries of {@code components.schemas} and are referenced with {@code $ref}.
 */
@FunctionalInterface
public interface Shape {

  /** Renders the schema, registering the components it needs. */
  JsonNode render(Components components);

  /**
   * The schema of a Java type as the gateway's JSON mapper writes it: records become objects with
   * snake-case fields, enums strings, collections arrays, maps objects.
   */
  static Shape of(Class<?> type) {
    return components -> components.schemaOf(type);
  }

  /** A schema stored once as {@code components.schemas.<name>} and referenced where used. */
  static Shape named(String name, Shape definition) {
    return components -> components.component(name, definition);
  }

  /** A literal schema. */
  static Shape literal(ObjectNode schema) {
    return components -> schema.deepCopy();
  }

  /** A string. */
  static Shape string() {
    return components -> Schemas.type("string");
  }

  /** Any JSON value. */
  static Shape any() {
    return components -> Schemas.object();
  }

  /** An array of {@code items}. */
  static Shape arrayOf(Shape items) {
    return components -> Schemas.type("array").set("items", items.render(components));
  }

  /** A value matching at least one of {@code shapes}. */
  static Shape anyOf(Shape... shapes) {
    return components -> {
      ObjectNode schema = Schemas.object();
      Arrays.stream(shapes)
          .map(shape -> shape.render(components))
          .forEach(schema.putArray("anyOf")::add);
      return schema;
    };
  }

  /** The list reply {@code {items, limit, offset, total}} with items of {@code items}. */
  static Shape pageOf(Shape items) {
    return components -> {
      ObjectNode schema = Schemas.type("object");
      ObjectNode properties = schema.putObject("properties");
      properties.set("items", Schemas.type("array").set("items", items.render(components)));
      properties.set("limit", Schemas.type("integer").put("minimum", 1));
      properties.set("offset", Schemas.type("integer").put("minimum", 0));
      properties.set(
          "total",
          Schemas.type("integer").put("minimum", 0).put("description", "items in the whole list"));
      schema.putArray("required").add("items").add("limit").add("offset").add("total");
      schema.put("additionalProperties", false);
      return schema;
    };
  }
}

package dev.lxdjava.server.openapi;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Small builders for JSON Schema nodes. */
public final class Schemas {
  private Schemas() {}

  /** An empty schema, which any value matches. */
  public static ObjectNode object() {
    return JsonNodeFactory.instance.objectNode();
  }

  /** A schema with only {@code type}. */
  public static ObjectNode type(String type) {
    return object().put("type", type);
  }

  /** A schema with {@code type} and {@code description}. */
  public static ObjectNode type(String type, String description) {
    return type(type).put("description", description);
  }

  /** A string schema whose value is one of {@code values}. */
  public static ObjectNode choice(String description, String... values) {
    ObjectNode schema = type("string", description);
    for (String value : values) {
      schema.withArray("enum").add(value);
    }
    return schema;
  }

  /**
   * Starts an object schema; {@link ObjectSchema#build()} gives the node.
   *
   * @param closed whether fields other than the declared ones are rejected
   */
  public static ObjectSchema objectSchema(boolean closed) {
    return new ObjectSchema(closed);
  }

  /** Collects the properties of an object schema. */
  public static final class ObjectSchema {
    private final ObjectNode schema = type("object");
    private final ObjectNode properties = schema.putObject("properties");

    private ObjectSchema(boolean closed) {
      if (closed) {
        schema.put("additionalProperties", false);
      }
    }

    /** Adds a property that may be absent. */
    public ObjectSchema optional(String name, ObjectNode property) {
      properties.set(name, property);
      return this;
    }

    /** Adds a property that is always present. */
    public ObjectSchema required(String name, ObjectNode property) {
      properties.set(name, property);
      schema.withArray("required").add(name);
      return this;
    }

    /** Sets the description. */
    public ObjectSchema description(String description) {
      schema.put("description", description);
      return this;
    }

    /** The schema. */
    public ObjectNode build() {
      return schema.deepCopy();
    }
  }
}

package dev.lxdjava.server.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.Type;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The {@code components.schemas} of one API document, filled while routes are rendered. A name
 * belongs to one definition: registering a second, different one under the same name fails.
 */
public final class Components {
  private static final String REF_PREFIX = "#/components/schemas/";

  private final Map<String, JsonNode> schemas = new TreeMap<>();
  private final Map<String, Object> owners = new HashMap<>();
  private final RecordSchemas records = new RecordSchemas(this);

  /** Registers {@code definition} under {@code name} on first use and returns a reference. */
  public JsonNode component(String name, Shape definition) {
    return register(name, definition, () -> definition.render(this));
  }

  JsonNode register(String name, Object owner, java.util.function.Supplier<JsonNode> render) {
    Object known = owners.putIfAbsent(name, owner);
    if (known == null) {
      // Placeholder first, so a self-referencing definition ends instead of recursing.
      schemas.put(name, Schemas.object());
      schemas.put(name, render.get());
    } else if (!known.equals(owner)) {
      throw new IllegalStateException(
          "two different schemas are named '" + name + "': rename one of them");
    }
    return ref(name);
  }

  /** A {@code $ref} to a registered component. */
  public static ObjectNode ref(String name) {
    return Schemas.object().put("$ref", REF_PREFIX + name);
  }

  /** The schema of a Java type; records and enums become components. */
  public JsonNode schemaOf(Type type) {
    return records.schemaOf(type);
  }

  /** Every component rendered so far, by name. */
  public ObjectNode toJson() {
    ObjectNode node = Schemas.object();
    schemas.forEach(node::set);
    return node;
  }
}

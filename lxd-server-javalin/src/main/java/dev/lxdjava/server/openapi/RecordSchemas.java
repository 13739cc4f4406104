package dev.lxdjava.server.openapi;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lxdjava.server.http.GatewayJson;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Map;

/**
 * Derives JSON Schemas from Java types the way {@link GatewayJson} writes them: record fields
 * become properties under the names the mapper gives them (snake case, renames), an enum with a
 * {@code wireName()} method is written by that name, and {@code null} fields are left out.
 * Primitive fields are therefore always present and marked required; the others may be absent.
 */
final class RecordSchemas {
  private final Components components;
  private final ObjectMapper json = GatewayJson.mapper();

  RecordSchemas(Components components) {
    this.components = components;
  }

  JsonNode schemaOf(Type type) {
    if (type instanceof ParameterizedType parameterized) {
      return generic(parameterized);
    }
    if (type instanceof WildcardType wildcard) {
      return schemaOf(wildcard.getUpperBounds()[0]);
    }
    if (!(type instanceof Class<?> cls)) {
      return Schemas.object();
    }
    JsonNode scalar = scalar(cls);
    if (scalar != null) {
      return scalar;
    }
    if (cls.isRecord()) {
      return components.register(componentName(cls), cls, () -> record(cls));
    }
    if (cls.isEnum()) {
      return components.register(componentName(cls), cls, () -> enumeration(cls));
    }
    if (cls.isArray()) {
      return Schemas.type("array").set("items", schemaOf(cls.getComponentType()));
    }
    return Schemas.object();
  }

  private static JsonNode scalar(Class<?> cls) {
    if (cls == String.class || cls == char.class || cls == Character.class) {
      return Schemas.type("string");
    }
    if (cls == boolean.class || cls == Boolean.class) {
      return Schemas.type("boolean");
    }
    if (cls == int.class
        || cls == long.class
        || cls == short.class
        || cls == Integer.class
        || cls == Long.class
        || cls == Short.class) {
      return Schemas.type("integer");
    }
    if (cls == double.class || cls == float.class || Number.class.isAssignableFrom(cls)) {
      return Schemas.type("number");
    }
    if (cls == Instant.class || cls == OffsetDateTime.class) {
      return Schemas.type("string").put("format", "date-time");
    }
    if (cls == Object.class) {
      return Schemas.object();
    }
    return null;
  }

  private JsonNode generic(ParameterizedType type) {
    Class<?> raw = (Class<?>) type.getRawType();
    Type[] arguments = type.getActualTypeArguments();
    if (Collection.class.isAssignableFrom(raw)) {
      return Schemas.type("array").set("items", schemaOf(arguments[0]));
    }
    if (Map.class.isAssignableFrom(raw)) {
      return Schemas.type("object").set("additionalProperties", schemaOf(arguments[1]));
    }
    return schemaOf(raw);
  }

  /** Asks the gateway's mapper for the property names, so renames and naming rules apply. */
  private JsonNode record(Class<?> record) {
    ObjectNode schema = Schemas.type("object");
    ObjectNode properties = schema.putObject("properties");
    BeanDescription bean = json.getSerializationConfig().introspect(json.constructType(record));
    for (BeanPropertyDefinition property : bean.findProperties()) {
      if (!property.hasField()) {
        continue;
      }
      Field field = property.getField().getAnnotated();
      properties.set(property.getName(), schemaOf(field.getGenericType()));
      if (field.getType().isPrimitive()) {
        schema.withArray("required").add(property.getName());
      }
    }
    schema.put("additionalProperties", false);
    return schema;
  }

  private static JsonNode enumeration(Class<?> type) {
    ObjectNode schema = Schemas.type("string");
    Method wireName = wireNameMethod(type);
    for (Object constant : type.getEnumConstants()) {
      schema
          .withArray("enum")
          .add(wireName == null ? ((Enum<?>) constant).name() : invoke(wireName, constant));
    }
    return schema;
  }

  private static Method wireNameMethod(Class<?> type) {
    try {
      return type.getMethod("wireName");
    } catch (NoSuchMethodException e) {
      return null;
    }
  }

  private static String invoke(Method method, Object target) {
    try {
      return String.valueOf(method.invoke(target));
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot read " + method + " of " + target, e);
    }
  }

  /** {@code InstanceState.Disk} becomes {@code InstanceStateDisk}. */
  private static String componentName(Class<?> cls) {
    StringBuilder name = new StringBuilder(cls.getSimpleName());
    for (Class<?> outer = cls.getEnclosingClass();
        outer != null;
        outer = outer.getEnclosingClass()) {
      name.insert(0, outer.getSimpleName());
    }
    return name.toString();
  }
}

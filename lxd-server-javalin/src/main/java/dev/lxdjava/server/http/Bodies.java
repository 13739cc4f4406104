package dev.lxdjava.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Reads JSON request bodies into records, strictly: the content type must be JSON, unknown fields
 * and wrong types are rejected with a message that names the field.
 */
public final class Bodies {
  private final ObjectMapper json;

  public Bodies(ObjectMapper json) {
    this.json = json;
  }

  /**
   * Reads the body as {@code type}.
   *
   * @throws ApiException 415 for a non-JSON content type, 400 for an empty, malformed or mismatched
   *     body
   */
  public <T> T read(Context ctx, Class<T> type) {
    requireJson(ctx);
    byte[] body = ctx.bodyAsBytes();
    if (body.length == 0) {
      throw ApiException.badRequest("request body is empty; expected a JSON object");
    }
    try {
      T value = json.readValue(body, type);
      if (value == null) {
        throw ApiException.badRequest("request body is null; expected a JSON object");
      }
      return value;
    } catch (UnrecognizedPropertyException e) {
      throw ApiException.badRequest(
          "unknown field '" + path(e) + "' in request body; known fields: " + known(e));
    } catch (InvalidFormatException e) {
      if (isScalar(e.getTargetType())) {
        // A rejected coercion, such as 12 or true for a string field.
        throw ApiException.badRequest(
            "field '" + path(e) + "' has the wrong type; expected " + expected(e));
      }
      throw ApiException.badRequest(
          "field '" + path(e) + "' has an invalid value '" + e.getValue() + "'");
    } catch (MismatchedInputException e) {
      throw ApiException.badRequest(
          "field '" + path(e) + "' has the wrong type; expected " + expected(e));
    } catch (JsonMappingException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException runtime
          && !(cause instanceof JsonProcessingException)) {
        // Record constructors validate their input; pass their typed error through.
        throw runtime;
      }
      throw ApiException.badRequest("invalid request body: " + e.getOriginalMessage());
    } catch (JsonProcessingException e) {
      throw ApiException.badRequest("request body is not valid JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw ApiException.badRequest("cannot read request body: " + e.getMessage());
    }
  }

  /** Rejects bodies that do not declare JSON. */
  public static void requireJson(Context ctx) {
    String contentType = ctx.contentType();
    String base =
        contentType == null ? "" : contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
    if (!base.equals("application/json")) {
      throw new ApiException(
          415,
          "unsupported-media-type",
          "Content-Type '"
              + (contentType == null ? "" : contentType)
              + "' is not supported; send application/json");
    }
  }

  private static String path(JsonMappingException e) {
    String path =
        e.getPath().stream()
            .map(
                ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
            .collect(Collectors.joining("."));
    return path.replace(".[", "[");
  }

  private static String known(UnrecognizedPropertyException e) {
    return e.getKnownPropertyIds() == null
        ? "none"
        : e.getKnownPropertyIds().stream()
            .map(String::valueOf)
            .sorted()
            .collect(Collectors.joining(", "));
  }

  private static boolean isScalar(Class<?> target) {
    return target != null
        && (target == String.class
            || target == Boolean.class
            || Number.class.isAssignableFrom(target)
            || target.isPrimitive());
  }

  private static String expected(MismatchedInputException e) {
    Class<?> target = e.getTargetType();
    if (target == null) {
      return "another type";
    }
    if (target == String.class) {
      return "a string";
    }
    if (target == boolean.class || target == Boolean.class) {
      return "a boolean";
    }
    if (Number.class.isAssignableFrom(target) || target.isPrimitive()) {
      return "a number";
    }
    if (java.util.Map.class.isAssignableFrom(target)) {
      return "an object";
    }
    if (java.util.Collection.class.isAssignableFrom(target) || target.isArray()) {
      return "an array";
    }
    return "an object";
  }
}

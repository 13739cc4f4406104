package dev.lxdjava.server.http;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lxdjava.core.LxdValidationException;
import dev.lxdjava.core.Names;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/**
 * One query parameter a route accepts: its name, its rule and its description. The same value
 * checks the request ({@link RequestRules}), reads it ({@link Params}) and documents it (OpenAPI),
 * so the three cannot disagree.
 *
 * @param name parameter name as it appears in the URL
 * @param description what the parameter sets, for the API document
 * @param kind the rule its value follows
 * @param min smallest accepted value of an {@link Kind#INTEGER}
 * @param max largest accepted value of an {@link Kind#INTEGER}
 * @param choices accepted values of a {@link Kind#CHOICE}
 * @param defaultValue value assumed when the parameter is absent, or empty for none
 */
public record QueryParam(
    String name,
    String description,
    Kind kind,
    long min,
    long max,
    List<String> choices,
    String defaultValue) {

  /** The rule a parameter's value follows. */
  public enum Kind {
    /** Any text. */
    TEXT,
    /** A name that becomes an LXD path segment: no {@code /}, {@code ..} or control characters. */
    NAME,
    /** A whole number between {@code min} and {@code max}. */
    INTEGER,
    /** {@code true}/{@code false} or {@code 1}/{@code 0}. */
    BOOLEAN,
    /** One of {@code choices}. */
    CHOICE,
    /** An ISO-8601 instant such as {@code 2030-01-31T00:00:00Z}. */
    INSTANT
  }

  public QueryParam {
    choices = List.copyOf(choices);
    defaultValue = defaultValue == null ? "" : defaultValue;
  }

  /** A free-text parameter. */
  public static QueryParam text(String name, String description) {
    return new QueryParam(name, description, Kind.TEXT, 0, 0, List.of(), "");
  }

  /** A parameter naming an LXD object, checked like a path segment. */
  public static QueryParam name(String name, String description, String defaultValue) {
    return new QueryParam(name, description, Kind.NAME, 0, 0, List.of(), defaultValue);
  }

  /** A whole-number parameter within {@code min..max}. */
  public static QueryParam integer(
      String name, String description, long min, long max, long defaultValue) {
    return new QueryParam(
        name, description, Kind.INTEGER, min, max, List.of(), Long.toString(defaultValue));
  }

  /** A boolean parameter. */
  public static QueryParam bool(String name, String description, boolean defaultValue) {
    return new QueryParam(
        name, description, Kind.BOOLEAN, 0, 0, List.of(), Boolean.toString(defaultValue));
  }

  /** A parameter whose value is one of {@code choices}; absent means no choice. */
  public static QueryParam choice(String name, String description, String... choices) {
    return new QueryParam(name, description, Kind.CHOICE, 0, 0, List.of(choices), "");
  }

  /** Defines an ISO-8601 instant parameter; absent means no bound. */
  public static QueryParam instant(String name, String description) {
    return new QueryParam(name, description, Kind.INSTANT, 0, 0, List.of(), "");
  }

  /**
   * Checks one value of this parameter.
   *
   * @throws ParameterException naming the parameter, the value and the rule
   */
  public void check(String value) {
    switch (kind) {
      case TEXT -> checkText(value);
      case NAME -> checkName(value);
      case INTEGER -> parseInteger(value);
      case BOOLEAN -> parseBoolean(value);
      case CHOICE -> checkChoice(value);
      case INSTANT -> parseInstant(value);
    }
  }

  private void checkText(String value) {
    for (int i = 0; i < value.length(); i++) {
      if (value.charAt(i) < 0x20 || value.charAt(i) == 0x7f) {
        throw invalid(value, "must not contain control characters");
      }
    }
  }

  private void checkName(String value) {
    if (value.isEmpty()) {
      throw invalid(value, "must not be empty; leave the parameter out for its default");
    }
    try {
      Names.segment(name, value);
    } catch (LxdValidationException e) {
      throw new ParameterException(name, "query parameter '" + name + "': " + e.getMessage());
    }
  }

  private void checkChoice(String value) {
    if (!value.isEmpty() && !choices.contains(value)) {
      throw invalid(value, "must be one of " + String.join(", ", choices));
    }
  }

  /** Parses an {@link Kind#INTEGER} value; empty gives the default. */
  public long parseInteger(String value) {
    if (value.isEmpty()) {
      return Long.parseLong(defaultValue);
    }
    try {
      long parsed = Long.parseLong(value);
      if (parsed < min || parsed > max) {
        throw invalid(value, "must be between " + min + " and " + max);
      }
      return parsed;
    } catch (NumberFormatException e) {
      throw invalid(value, "must be a whole number");
    }
  }

  /** Parses a {@link Kind#BOOLEAN} value; empty gives the default. */
  public boolean parseBoolean(String value) {
    if (value.isEmpty()) {
      return Boolean.parseBoolean(defaultValue);
    }
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "true", "1" -> true;
      case "false", "0" -> false;
      default -> throw invalid(value, "must be true, false, 1 or 0");
    };
  }

  /** Parses an {@link Kind#INSTANT} value; empty gives {@code null}. */
  public Instant parseInstant(String value) {
    if (value.isEmpty()) {
      return null;
    }
    try {
      return Instant.parse(value);
    } catch (DateTimeParseException e) {
      throw invalid(value, "must be an ISO-8601 instant such as 2030-01-31T00:00:00Z");
    }
  }

  private ParameterException invalid(String value, String rule) {
    return new ParameterException(name, "query parameter '" + name + "'='" + value + "' " + rule);
  }

  /** The JSON Schema of the parameter's value, for the API document. */
  public ObjectNode schema() {
    ObjectNode schema = JsonNodeFactory.instance.objectNode();
    switch (kind) {
      case TEXT, NAME -> schema.put("type", "string");
      case INTEGER -> {
        schema.put("type", "integer").put("minimum", min).put("maximum", max);
        schema.put("default", Long.parseLong(defaultValue));
      }
      case BOOLEAN ->
          schema.put("type", "boolean").put("default", Boolean.parseBoolean(defaultValue));
      case CHOICE -> {
        schema.put("type", "string");
        choices.forEach(schema.putArray("enum")::add);
      }
      case INSTANT -> schema.put("type", "string").put("format", "date-time");
    }
    if (kind == Kind.NAME && !defaultValue.isEmpty()) {
      schema.put("default", defaultValue);
    }
    return schema;
  }
}

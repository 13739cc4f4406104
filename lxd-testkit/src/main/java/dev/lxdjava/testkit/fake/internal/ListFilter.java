package dev.lxdjava.testkit.fake.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * LXD's list filter ({@code filter=} with the {@code api_filtering} extension): clauses {@code
 * field eq value} or {@code field ne value}, optionally preceded by {@code not}, joined by {@code
 * and} and {@code or} from left to right. A field names a JSON field of the object; {@code
 * config.image.os} looks up the key {@code image.os} in {@code config}.
 */
final class ListFilter {
  private record Clause(boolean not, String field, String operator, String value, String joiner) {}

  private final List<Clause> clauses;

  private ListFilter(List<Clause> clauses) {
    this.clauses = clauses;
  }

  /**
   * Parses a filter; empty matches everything.
   *
   * @throws LxdError 500 with LXD's message for an incomplete clause
   */
  static ListFilter parse(String text) {
    List<String> words = words(text);
    List<Clause> clauses = new ArrayList<>();
    int i = 0;
    String joiner = "and";
    while (i < words.size()) {
      boolean not = false;
      if (words.get(i).equalsIgnoreCase("not")) {
        not = true;
        i++;
      }
      if (i + 2 >= words.size()) {
        throw LxdError.internal("Invalid filter: clause has no value");
      }
      String field = words.get(i);
      String operator = words.get(i + 1).toLowerCase(java.util.Locale.ROOT);
      String value = words.get(i + 2);
      if (!operator.equals("eq") && !operator.equals("ne")) {
        throw LxdError.internal("Invalid filter: invalid operator \"" + operator + "\"");
      }
      clauses.add(new Clause(not, field, operator, value, joiner));
      i += 3;
      if (i < words.size()) {
        joiner = words.get(i).toLowerCase(java.util.Locale.ROOT);
        if (!joiner.equals("and") && !joiner.equals("or")) {
          throw LxdError.internal("Invalid filter: unexpected \"" + words.get(i) + "\"");
        }
        i++;
        if (i >= words.size()) {
          throw LxdError.internal("Invalid filter: clause has no value");
        }
      }
    }
    return new ListFilter(clauses);
  }

  private static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    char quote = 0;
    for (char c : text.strip().toCharArray()) {
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        } else {
          word.append(c);
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == ' ') {
        if (word.length() > 0) {
          words.add(word.toString());
          word.setLength(0);
        }
      } else {
        word.append(c);
      }
    }
    if (word.length() > 0) {
      words.add(word.toString());
    }
    return words;
  }

  /** Whether an object in LXD's JSON shape passes the filter. */
  boolean matches(JsonNode object) {
    boolean result = true;
    for (Clause clause : clauses) {
      String actual = lookup(object, clause.field);
      boolean match = clause.value.equals(actual);
      if (clause.operator.equals("ne")) {
        match = !match;
      }
      if (clause.not) {
        match = !match;
      }
      result = clause.joiner.equals("or") ? result || match : result && match;
    }
    return result;
  }

  private static String lookup(JsonNode object, String field) {
    JsonNode direct = object.get(field);
    if (direct != null) {
      return direct.isValueNode() ? direct.asText() : direct.toString();
    }
    int dot = field.indexOf('.');
    if (dot < 0) {
      return null;
    }
    JsonNode nested = object.get(field.substring(0, dot));
    return nested == null ? null : lookup(nested, field.substring(dot + 1));
  }
}

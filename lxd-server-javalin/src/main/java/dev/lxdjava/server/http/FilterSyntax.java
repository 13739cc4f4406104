package dev.lxdjava.server.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Checks the shape of an LXD filter expression before it reaches LXD: clauses of the form {@code
 * key op value}, each optionally preceded by {@code not}, joined by {@code and} or {@code or}, with
 * balanced parentheses. A value with spaces is written in double quotes. LXD 5.0 reports a
 * malformed filter as a server error and ignores unbalanced parentheses, so the gateway rejects
 * both as a 400 naming the parameter. Operators are left to LXD.
 */
final class FilterSyntax {
  private FilterSyntax() {}

  /**
   * Checks {@code filter}; an empty filter is valid.
   *
   * @throws ParameterException naming the {@code filter} parameter and the rule broken
   */
  static void check(String filter) {
    List<String> tokens = tokens(filter);
    int depth = 0;
    int clauseWords = 0;
    boolean expectClause = true;
    for (String token : tokens) {
      String word = token.toLowerCase(Locale.ROOT);
      if (token.equals("(")) {
        if (!expectClause || clauseWords > 0) {
          throw invalid(filter, "'(' must start a clause");
        }
        depth++;
      } else if (token.equals(")")) {
        requireWholeClause(filter, clauseWords, expectClause);
        depth--;
        if (depth < 0) {
          throw invalid(filter, "has a ')' without a matching '('");
        }
      } else if (clauseWords == 0 && (word.equals("and") || word.equals("or"))) {
        requireWholeClause(filter, clauseWords, expectClause);
        expectClause = true;
      } else if (clauseWords == 0 && expectClause && word.equals("not")) {
        continue;
      } else {
        clauseWords++;
        expectClause = false;
        if (clauseWords == 3) {
          clauseWords = 0;
        }
      }
    }
    if (!tokens.isEmpty()) {
      requireWholeClause(filter, clauseWords, expectClause);
    }
    if (depth > 0) {
      throw invalid(filter, "has a '(' without a matching ')'");
    }
  }

  private static void requireWholeClause(String filter, int clauseWords, boolean expectClause) {
    if (clauseWords > 0 || expectClause) {
      throw invalid(
          filter, "has an incomplete clause; write clauses as 'key op value' joined by and/or");
    }
  }

  private static List<String> tokens(String filter) {
    List<String> tokens = new ArrayList<>();
    StringBuilder token = new StringBuilder();
    boolean quoted = false;
    for (char c : filter.toCharArray()) {
      if (c == '"') {
        quoted = !quoted;
        token.append(c);
      } else if (!quoted && (c == '(' || c == ')' || Character.isWhitespace(c))) {
        if (!token.isEmpty()) {
          tokens.add(token.toString());
          token.setLength(0);
        }
        if (c == '(' || c == ')') {
          tokens.add(String.valueOf(c));
        }
      } else {
        token.append(c);
      }
    }
    if (quoted) {
      throw invalid(filter, "has an unterminated quote");
    }
    if (!token.isEmpty()) {
      tokens.add(token.toString());
    }
    return tokens;
  }

  private static ParameterException invalid(String filter, String rule) {
    return new ParameterException("filter", "query parameter 'filter'='" + filter + "' " + rule);
  }
}

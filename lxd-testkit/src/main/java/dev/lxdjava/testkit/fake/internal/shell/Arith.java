package dev.lxdjava.testkit.fake.internal.shell;

import java.util.function.Function;

/** Shell arithmetic ({@code $((...))}) over 64-bit integers with C precedence. */
final class Arith {
  private final String text;
  private final Function<String, String> variables;
  private int position;

  private Arith(String text, Function<String, String> variables) {
    this.text = text;
    this.variables = variables;
  }

  /**
   * Evaluates an expression; names read variables (an unset or empty one is 0).
   *
   * @throws ShellSyntaxException for a malformed expression or a division by zero
   */
  static long evaluate(String expression, Function<String, String> variables) {
    Arith arith = new Arith(expression, variables);
    long value = arith.binary(0);
    arith.skipSpaces();
    if (arith.position < arith.text.length()) {
      throw new ShellSyntaxException("arithmetic syntax error");
    }
    return value;
  }

  private static final String[][] LEVELS = {
    {"||"},
    {"&&"},
    {"|"},
    {"^"},
    {"&"},
    {"==", "!="},
    {"<=", ">=", "<", ">"},
    {"<<", ">>"},
    {"+", "-"},
    {"*", "/", "%"}
  };

  private long binary(int level) {
    if (level == LEVELS.length) {
      return unary();
    }
    long left = binary(level + 1);
    while (true) {
      skipSpaces();
      String operator = null;
      for (String candidate : LEVELS[level]) {
        if (text.startsWith(candidate, position) && !isLongerOperator(candidate)) {
          operator = candidate;
          break;
        }
      }
      if (operator == null) {
        return left;
      }
      position += operator.length();
      long right = binary(level + 1);
      left = apply(operator, left, right);
    }
  }

  /** Keeps {@code <} from matching the start of {@code <<} or {@code <=}, and so on. */
  private boolean isLongerOperator(String candidate) {
    int end = position + candidate.length();
    if (end >= text.length() || candidate.length() != 1) {
      return false;
    }
    char next = text.charAt(end);
    char c = candidate.charAt(0);
    return (c == '<' || c == '>') && (next == c || next == '=')
        || (c == '|' && next == '|')
        || (c == '&' && next == '&');
  }

  private static long apply(String operator, long left, long right) {
    return switch (operator) {
      case "||" -> (left != 0 || right != 0) ? 1 : 0;
      case "&&" -> (left != 0 && right != 0) ? 1 : 0;
      case "|" -> left | right;
      case "^" -> left ^ right;
      case "&" -> left & right;
      case "==" -> left == right ? 1 : 0;
      case "!=" -> left != right ? 1 : 0;
      case "<=" -> left <= right ? 1 : 0;
      case ">=" -> left >= right ? 1 : 0;
      case "<" -> left < right ? 1 : 0;
      case ">" -> left > right ? 1 : 0;
      case "<<" -> left << right;
      case ">>" -> left >> right;
      case "+" -> left + right;
      case "-" -> left - right;
      case "*" -> left * right;
      default -> {
        if (right == 0) {
          throw new ShellSyntaxException("divide by zero");
        }
        yield operator.equals("/") ? left / right : left % right;
      }
    };
  }

  private long unary() {
    skipSpaces();
    if (position >= text.length()) {
      throw new ShellSyntaxException("arithmetic syntax error");
    }
    char c = text.charAt(position);
    if (c == '!' || c == '-' || c == '+' || c == '~') {
      position++;
      long value = unary();
      return switch (c) {
        case '!' -> value == 0 ? 1 : 0;
        case '-' -> -value;
        case '~' -> ~value;
        default -> value;
      };
    }
    if (c == '(') {
      position++;
      long value = binary(0);
      skipSpaces();
      if (position >= text.length() || text.charAt(position) != ')') {
        throw new ShellSyntaxException("arithmetic syntax error");
      }
      position++;
      return value;
    }
    int start = position;
    if (Character.isDigit(c)) {
      while (position < text.length() && Character.isLetterOrDigit(text.charAt(position))) {
        position++;
      }
      return Long.decode(text.substring(start, position));
    }
    if (c == '$') {
      position++;
      start = position;
    }
    while (position < text.length()
        && (Character.isLetterOrDigit(text.charAt(position)) || text.charAt(position) == '_')) {
      position++;
    }
    if (start == position) {
      throw new ShellSyntaxException("arithmetic syntax error");
    }
    String value = variables.apply(text.substring(start, position));
    if (value == null || value.isBlank()) {
      return 0;
    }
    return evaluate(value.strip(), variables);
  }

  private void skipSpaces() {
    while (position < text.length() && Character.isWhitespace(text.charAt(position))) {
      position++;
    }
  }
}

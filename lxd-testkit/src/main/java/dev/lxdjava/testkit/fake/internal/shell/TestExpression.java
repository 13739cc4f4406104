package dev.lxdjava.testkit.fake.internal.shell;

import java.util.List;

/** The expression language of {@code test} and {@code [}. */
final class TestExpression {
  private final Shell shell;
  private final List<String> words;
  private int position;

  TestExpression(Shell shell, List<String> words) {
    this.shell = shell;
    this.words = words;
  }

  boolean evaluate() {
    if (words.isEmpty()) {
      return false;
    }
    boolean result = or();
    if (position < words.size()) {
      throw new IllegalArgumentException(words.get(position) + ": unknown operand");
    }
    return result;
  }

  private boolean or() {
    boolean result = and();
    while (position < words.size() && words.get(position).equals("-o")) {
      position++;
      result = and() || result;
    }
    return result;
  }

  private boolean and() {
    boolean result = primary();
    while (position < words.size() && words.get(position).equals("-a")) {
      position++;
      result = primary() && result;
    }
    return result;
  }

  private boolean primary() {
    String word = next();
    if (word.equals("!")) {
      return !primary();
    }
    if (position < words.size() && isBinary(words.get(position))) {
      String operator = next();
      return binary(word, operator, next());
    }
    if (word.startsWith("-") && word.length() == 2 && position < words.size()) {
      return unary(word, next());
    }
    return !word.isEmpty();
  }

  private String next() {
    if (position >= words.size()) {
      throw new IllegalArgumentException("test: argument expected");
    }
    return words.get(position++);
  }

  private static boolean isBinary(String word) {
    return List.of("=", "==", "!=", "-eq", "-ne", "-lt", "-le", "-gt", "-ge").contains(word);
  }

  private boolean unary(String operator, String operand) {
    String path = shell.resolve(operand);
    return switch (operator) {
      case "-z" -> operand.isEmpty();
      case "-n" -> !operand.isEmpty();
      case "-e" -> shell.files.exists(path);
      case "-d" -> shell.files.isDirectory(path);
      case "-f" -> shell.files.exists(path) && !shell.files.isDirectory(path);
      case "-s" -> {
        try {
          yield shell.files.read(path).length > 0;
        } catch (java.io.IOException e) {
          yield false;
        }
      }
      default -> throw new IllegalArgumentException(operator + ": unknown operand");
    };
  }

  private static boolean binary(String left, String operator, String right) {
    switch (operator) {
      case "=", "==" -> {
        return left.equals(right);
      }
      case "!=" -> {
        return !left.equals(right);
      }
      default -> {
        long a = number(left);
        long b = number(right);
        return switch (operator) {
          case "-eq" -> a == b;
          case "-ne" -> a != b;
          case "-lt" -> a < b;
          case "-le" -> a <= b;
          case "-gt" -> a > b;
          default -> a >= b;
        };
      }
    }
  }

  private static long number(String value) {
    try {
      return Long.parseLong(value.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("invalid number '" + value + "'");
    }
  }
}

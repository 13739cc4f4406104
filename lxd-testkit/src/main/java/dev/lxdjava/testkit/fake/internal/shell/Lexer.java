package dev.lxdjava.testkit.fake.internal.shell;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits shell text into words and operators. A word keeps its quotes and {@code $(...)} so the
 * expander can expand them; an operator token starts with a control character or is a redirection
 * such as {@code 2>&1}.
 */
final class Lexer {
  /** A token; {@code operator} is true for operators and false for words. */
  record Token(String text, boolean operator) {
    boolean is(String value) {
      return operator && text.equals(value);
    }

    boolean isWord(String value) {
      return !operator && text.equals(value);
    }
  }

  private final String source;
  private int position;

  private Lexer(String source) {
    this.source = source;
  }

  /**
   * Tokenizes shell text.
   *
   * @throws ShellSyntaxException for an unterminated quote
   */
  static List<Token> tokenize(String source) {
    Lexer lexer = new Lexer(source);
    List<Token> tokens = new ArrayList<>();
    Token token;
    while ((token = lexer.next()) != null) {
      tokens.add(token);
    }
    return tokens;
  }

  private Token next() {
    while (position < source.length()) {
      char c = source.charAt(position);
      if (c == ' ' || c == '\t') {
        position++;
      } else if (c == '\\'
          && position + 1 < source.length()
          && source.charAt(position + 1) == '\n') {
        position += 2;
      } else if (c == '#') {
        while (position < source.length() && source.charAt(position) != '\n') {
          position++;
        }
      } else {
        break;
      }
    }
    if (position >= source.length()) {
      return null;
    }
    char c = source.charAt(position);
    for (String operator : List.of("&&", "||", ";;", ";", "|", "&", "(", ")", "\n")) {
      if (source.startsWith(operator, position)) {
        position += operator.length();
        return new Token(operator, true);
      }
    }
    Token redirect = redirect();
    if (redirect != null) {
      return redirect;
    }
    return new Token(word(), false);
  }

  private Token redirect() {
    int start = position;
    int index = position;
    while (index < source.length() && Character.isDigit(source.charAt(index))) {
      index++;
    }
    if (index - start > 1 || index >= source.length()) {
      return null;
    }
    for (String operator : List.of(">>", ">&", "<&", ">", "<")) {
      if (source.startsWith(operator, index)) {
        position = index + operator.length();
        return new Token(source.substring(start, position), true);
      }
    }
    return null;
  }

  private String word() {
    StringBuilder word = new StringBuilder();
    while (position < source.length()) {
      char c = source.charAt(position);
      if (" \t\n;&|()<>".indexOf(c) >= 0) {
        break;
      }
      if (c == '\'') {
        int end = source.indexOf('\'', position + 1);
        if (end < 0) {
          throw new ShellSyntaxException("unterminated quoted string");
        }
        word.append(source, position, end + 1);
        position = end + 1;
      } else if (c == '"') {
        int end = closingDoubleQuote(position + 1);
        word.append(source, position, end + 1);
        position = end + 1;
      } else if (c == '\\' && position + 1 < source.length()) {
        word.append(source, position, position + 2);
        position += 2;
      } else if (c == '$' && position + 1 < source.length() && source.charAt(position + 1) == '(') {
        int end = closingParen(position + 1);
        word.append(source, position, end + 1);
        position = end + 1;
      } else {
        word.append(c);
        position++;
      }
    }
    return word.toString();
  }

  private int closingDoubleQuote(int from) {
    int index = from;
    while (index < source.length()) {
      char c = source.charAt(index);
      if (c == '\\') {
        index += 2;
        continue;
      }
      if (c == '$' && index + 1 < source.length() && source.charAt(index + 1) == '(') {
        index = closingParen(index + 1) + 1;
        continue;
      }
      if (c == '"') {
        return index;
      }
      index++;
    }
    throw new ShellSyntaxException("unterminated quoted string");
  }

  /** The index of the parenthesis closing the one at {@code open}, skipping quotes. */
  private int closingParen(int open) {
    int depth = 0;
    int index = open;
    while (index < source.length()) {
      char c = source.charAt(index);
      if (c == '\'') {
        index = source.indexOf('\'', index + 1);
        if (index < 0) {
          break;
        }
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
        if (depth == 0) {
          return index;
        }
      }
      index++;
    }
    throw new ShellSyntaxException("unexpected end of file (expecting \")\")");
  }
}

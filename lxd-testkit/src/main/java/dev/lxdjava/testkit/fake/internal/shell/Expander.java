package dev.lxdjava.testkit.fake.internal.shell;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Expands a raw word: quotes, backslashes, {@code $name}, {@code ${name}}, {@code $?}, {@code $$},
 * {@code $#}, {@code $1}, {@code $((...))} and {@code $(...)}. Unquoted expansions are split at
 * white space into separate fields; quoted ones are not.
 */
final class Expander {
  private final Shell shell;

  Expander(Shell shell) {
    this.shell = shell;
  }

  /** The fields of one word. */
  List<String> fields(String word) {
    List<String> fields = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean[] started = {false};
    int i = 0;
    while (i < word.length()) {
      char c = word.charAt(i);
      if (c == '\'') {
        int end = word.indexOf('\'', i + 1);
        current.append(word, i + 1, end);
        started[0] = true;
        i = end + 1;
      } else if (c == '"') {
        i = doubleQuoted(word, i + 1, current);
        started[0] = true;
      } else if (c == '\\' && i + 1 < word.length()) {
        current.append(word.charAt(i + 1));
        started[0] = true;
        i += 2;
      } else if (c == '$') {
        StringBuilder value = new StringBuilder();
        i = dollar(word, i, value);
        split(value.toString(), current, fields, started);
      } else {
        current.append(c);
        started[0] = true;
        i++;
      }
    }
    if (started[0] || current.length() > 0) {
      fields.add(current.toString());
    }
    return fields;
  }

  /** The word expanded to one string without field splitting, as in assignments. */
  String single(String word) {
    return String.join(" ", fields(word));
  }

  private static void split(
      String value, StringBuilder current, List<String> fields, boolean[] started) {
    String[] parts = value.split("[ \t\n]+", -1);
    for (int p = 0; p < parts.length; p++) {
      if (p > 0) {
        if (started[0] || current.length() > 0) {
          fields.add(current.toString());
        }
        current.setLength(0);
        started[0] = false;
      }
      if (!parts[p].isEmpty()) {
        current.append(parts[p]);
        started[0] = true;
      }
    }
  }

  private int doubleQuoted(String word, int from, StringBuilder into) {
    int i = from;
    while (i < word.length() && word.charAt(i) != '"') {
      char c = word.charAt(i);
      if (c == '\\' && i + 1 < word.length() && "\"\\$`\n".indexOf(word.charAt(i + 1)) >= 0) {
        into.append(word.charAt(i + 1));
        i += 2;
      } else if (c == '$') {
        i = dollar(word, i, into);
      } else {
        into.append(c);
        i++;
      }
    }
    return i + 1;
  }

  /**
   * Expands the {@code $} expression at {@code start} into {@code into}; returns the next index.
   */
  private int dollar(String word, int start, StringBuilder into) {
    int i = start + 1;
    if (i >= word.length()) {
      into.append('$');
      return i;
    }
    char c = word.charAt(i);
    if (word.startsWith("((", i)) {
      int end = word.indexOf("))", i + 2);
      if (end < 0) {
        throw new ShellSyntaxException("missing '))'");
      }
      into.append(
          Arith.evaluate(shell.expandInArithmetic(word.substring(i + 2, end)), shell::variable));
      return end + 2;
    }
    if (c == '(') {
      int end = matchingParen(word, i);
      into.append(substitute(word.substring(i + 1, end)));
      return end + 1;
    }
    if (c == '{') {
      int end = word.indexOf('}', i);
      if (end < 0) {
        throw new ShellSyntaxException("bad substitution");
      }
      into.append(orEmpty(shell.variable(word.substring(i + 1, end))));
      return end + 1;
    }
    if (c == '?' || c == '$' || c == '#' || Character.isDigit(c)) {
      into.append(orEmpty(shell.variable(String.valueOf(c))));
      return i + 1;
    }
    int end = i;
    while (end < word.length()
        && (Character.isLetterOrDigit(word.charAt(end)) || word.charAt(end) == '_')) {
      end++;
    }
    if (end == i) {
      into.append('$');
      return i;
    }
    into.append(orEmpty(shell.variable(word.substring(i, end))));
    return end;
  }

  private static int matchingParen(String word, int open) {
    int depth = 0;
    for (int i = open; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')' && --depth == 0) {
        return i;
      }
    }
    throw new ShellSyntaxException("unexpected end of file (expecting \")\")");
  }

  private String substitute(String script) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    shell.subshell(script, out);
    String text = out.toString(StandardCharsets.UTF_8);
    int end = text.length();
    while (end > 0 && text.charAt(end - 1) == '\n') {
      end--;
    }
    return text.substring(0, end);
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }
}

package dev.lxdjava.testkit.fake.internal.shell;

import java.util.List;

/** Backslash escapes and {@code printf} formats. */
final class Escapes {
  private Escapes() {}

  /** Replaces {@code \n}, {@code \t}, {@code \\}, {@code \0NNN}, {@code \xHH} and friends. */
  static String apply(String text) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != '\\' || i + 1 >= text.length()) {
        out.append(c);
        continue;
      }
      char next = text.charAt(++i);
      switch (next) {
        case 'n' -> out.append('\n');
        case 't' -> out.append('\t');
        case 'r' -> out.append('\r');
        case 'a' -> out.append('\007');
        case 'b' -> out.append('\b');
        case 'e' -> out.append('\033');
        case '\\' -> out.append('\\');
        case 'x' -> {
          int end = i + 1;
          while (end < text.length() && end < i + 3 && Character.digit(text.charAt(end), 16) >= 0) {
            end++;
          }
          out.append((char) Integer.parseInt(text.substring(i + 1, end), 16));
          i = end - 1;
        }
        case '0' -> {
          int end = i + 1;
          while (end < text.length() && end < i + 4 && Character.digit(text.charAt(end), 8) >= 0) {
            end++;
          }
          out.append((char) (end == i + 1 ? 0 : Integer.parseInt(text.substring(i + 1, end), 8)));
          i = end - 1;
        }
        default -> out.append('\\').append(next);
      }
    }
    return out.toString();
  }

  /** Formats as {@code printf} does, reusing the format while arguments remain. */
  static String printf(String format, List<String> arguments) {
    StringBuilder out = new StringBuilder();
    int used = 0;
    do {
      int consumed = formatOnce(format, arguments, used, out);
      if (consumed == 0) {
        break;
      }
      used += consumed;
    } while (used < arguments.size());
    return out.toString();
  }

  private static int formatOnce(
      String format, List<String> arguments, int first, StringBuilder out) {
    int used = 0;
    for (int i = 0; i < format.length(); i++) {
      char c = format.charAt(i);
      if (c == '\\') {
        int end = Math.min(format.length(), i + 2);
        if (i + 1 < format.length()
            && (format.charAt(i + 1) == '0' || format.charAt(i + 1) == 'x')) {
          end = Math.min(format.length(), i + 5);
          while (end > i + 2 && !isEscapeEnd(format.substring(i, end))) {
            end--;
          }
        }
        out.append(apply(format.substring(i, end)));
        i = end - 1;
        continue;
      }
      if (c != '%' || i + 1 >= format.length()) {
        out.append(c);
        continue;
      }
      int end = i + 1;
      while (end < format.length() && "-+ #0123456789.".indexOf(format.charAt(end)) >= 0) {
        end++;
      }
      if (end >= format.length()) {
        out.append(format.substring(i));
        break;
      }
      char conversion = format.charAt(end);
      String flags = format.substring(i + 1, end);
      if (conversion == '%') {
        out.append('%');
      } else {
        String argument = first + used < arguments.size() ? arguments.get(first + used) : null;
        used++;
        out.append(convert(conversion, flags, argument));
      }
      i = end;
    }
    return used;
  }

  private static boolean isEscapeEnd(String escape) {
    try {
      apply(escape);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static String convert(char conversion, String flags, String argument) {
    String spec = "%" + flags;
    switch (conversion) {
      case 'd', 'i' -> {
        return String.format(
            spec + "d", argument == null || argument.isEmpty() ? 0 : Long.parseLong(argument));
      }
      case 'x', 'X', 'o' -> {
        return String.format(spec + conversion, argument == null ? 0 : Long.parseLong(argument));
      }
      case 'c' -> {
        return argument == null || argument.isEmpty() ? "" : argument.substring(0, 1);
      }
      case 'b' -> {
        return argument == null ? "" : apply(argument);
      }
      default -> {
        return String.format(spec + "s", argument == null ? "" : argument);
      }
    }
  }
}

package dev.lxdjava.core;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * LXD's naming rules, checked before a name becomes part of a request path. Every method returns
 * the name unchanged when it is valid and throws {@link LxdValidationException} naming the rule
 * otherwise.
 */
public final class Names {
  /** Longest instance name LXD 5.0 accepts: a hostname label. */
  public static final int MAX_INSTANCE_NAME_LENGTH = 63;

  /** Longest name this SDK sends for other objects (LXD keeps names in a 255-byte column). */
  public static final int MAX_NAME_LENGTH = 255;

  private Names() {}

  /**
   * Checks an instance name against LXD 5.0's rule: 1 to 63 characters, ASCII letters, digits and
   * hyphens only, not starting with a digit or hyphen, not ending with a hyphen.
   */
  public static String instance(String name) {
    String field = "instance name";
    requirePresent(field, name);
    if (name.length() > MAX_INSTANCE_NAME_LENGTH) {
      throw new LxdValidationException(
          field, name, "must be at most " + MAX_INSTANCE_NAME_LENGTH + " characters long");
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean allowed = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || isDigit(c) || c == '-';
      if (!allowed) {
        throw new LxdValidationException(
            field, name, "may contain only ASCII letters, digits and hyphens, found '" + c + "'");
      }
    }
    char first = name.charAt(0);
    if (isDigit(first) || first == '-') {
      throw new LxdValidationException(field, name, "must not start with a digit or a hyphen");
    }
    if (name.endsWith("-")) {
      throw new LxdValidationException(field, name, "must not end with a hyphen");
    }
    return name;
  }

  /**
   * Checks a name that becomes one path segment (snapshot, backup, volume, profile, project,
   * network, pool, image alias): 1 to 255 characters, no control characters, no {@code /} or {@code
   * \}, no {@code ..}, also after percent-decoding, so the name can never address a different
   * object.
   *
   * @param field what the name is, for the error message, for example {@code snapshot name}
   */
  public static String segment(String field, String name) {
    requirePresent(field, name);
    if (name.length() > MAX_NAME_LENGTH) {
      throw new LxdValidationException(
          field, name, "must be at most " + MAX_NAME_LENGTH + " characters long");
    }
    String decoded = name;
    // Decode repeatedly: a gateway or proxy in front may decode once more than expected.
    for (int round = 0; round < 4; round++) {
      checkSegmentCharacters(field, name, decoded);
      String next = percentDecode(decoded);
      if (next.equals(decoded)) {
        break;
      }
      decoded = next;
    }
    checkSegmentCharacters(field, name, decoded);
    return name;
  }

  /**
   * Checks an instance snapshot name: the rule of {@link #segment} plus LXD 5.0's own snapshot
   * rule, which rejects spaces and the characters {@code ?}, {@code &} and {@code +}. LXD checks
   * spaces only after it has started the snapshot operation, so checking here keeps a doomed
   * operation from starting.
   */
  public static String snapshot(String name) {
    String field = "snapshot name";
    segment(field, name);
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isWhitespace(c)) {
        throw new LxdValidationException(field, name, "must not contain spaces");
      }
      if (c == '?' || c == '&' || c == '+') {
        throw new LxdValidationException(field, name, "must not contain '?', '&' or '+'");
      }
    }
    return name;
  }

  /**
   * Checks an instance backup name by the rule of {@link #segment}. LXD 5.0 itself rejects only
   * {@code /} in backup names.
   */
  public static String backup(String name) {
    return segment("backup name", name);
  }

  private static void checkSegmentCharacters(String field, String name, String form) {
    for (int i = 0; i < form.length(); i++) {
      char c = form.charAt(i);
      if (c < 0x20 || c == 0x7f) {
        throw new LxdValidationException(field, name, "must not contain control characters");
      }
      if (c == '/' || c == '\\') {
        throw new LxdValidationException(field, name, "must not contain '/' or '\\'");
      }
    }
    if (form.contains("..")) {
      throw new LxdValidationException(field, name, "must not contain '..'");
    }
    if (form.equals(".")) {
      throw new LxdValidationException(field, name, "must not be '.'");
    }
  }

  private static String percentDecode(String value) {
    if (value.indexOf('%') < 0) {
      return value;
    }
    try {
      return URLDecoder.decode(value.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException malformed) {
      return value;
    }
  }

  private static void requirePresent(String field, String name) {
    if (name == null || name.isEmpty()) {
      throw new LxdValidationException(field, String.valueOf(name), "must not be empty");
    }
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}

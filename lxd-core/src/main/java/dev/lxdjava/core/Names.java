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

  /** Shortest network name LXD 5.0 accepts for a bridge. */
  public static final int MIN_INTERFACE_NAME_LENGTH = 2;

  /** Longest network name LXD 5.0 accepts for a bridge: the kernel's interface name limit. */
  public static final int MAX_INTERFACE_NAME_LENGTH = 15;

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
   * Checks a network name against LXD 5.0's rule for bridges, which become host interfaces: 2 to 15
   * characters, ASCII letters, digits, {@code -}, {@code _} and {@code .} only, and one path
   * segment by {@link #segment}. LXD accepts longer names for network types without a host
   * interface of the same name (OVN, physical); the SDK applies the interface rule to every
   * network.
   */
  public static String network(String name) {
    String field = "network name";
    segment(field, name);
    if (name.length() < MIN_INTERFACE_NAME_LENGTH || name.length() > MAX_INTERFACE_NAME_LENGTH) {
      throw new LxdValidationException(
          field,
          name,
          "must be "
              + MIN_INTERFACE_NAME_LENGTH
              + " to "
              + MAX_INTERFACE_NAME_LENGTH
              + " characters long (a network interface name)");
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!isAsciiLetterOrDigit(c) && c != '-' && c != '_' && c != '.') {
        throw new LxdValidationException(
            field,
            name,
            "may contain only ASCII letters, digits, '-', '_' and '.', found '" + c + "'");
      }
    }
    return name;
  }

  /**
   * Checks a project name against LXD 5.0's rule: one path segment by {@link #segment}, no spaces,
   * underscores or quotes, and not {@code *}.
   */
  public static String project(String name) {
    String field = "project name";
    segment(field, name);
    for (char forbidden : new char[] {' ', '_', '\'', '"'}) {
      if (name.indexOf(forbidden) >= 0) {
        throw new LxdValidationException(
            field, name, "must not contain spaces, underscores or quotes");
      }
    }
    if (name.equals("*")) {
      throw new LxdValidationException(field, name, "'*' is reserved");
    }
    return name;
  }

  /** Checks a storage pool name: one path segment by {@link #segment}, as LXD 5.0 requires. */
  public static String storagePool(String name) {
    return segment("storage pool name", name);
  }

  /** Checks a storage volume or volume snapshot name: one path segment by {@link #segment}. */
  public static String storageVolume(String name) {
    return segment("storage volume name", name);
  }

  /** Checks a profile name: one path segment by {@link #segment}, as LXD 5.0 requires. */
  public static String profile(String name) {
    return segment("profile name", name);
  }

  /**
   * Checks a local image alias: one path segment by {@link #segment}. LXD itself accepts {@code /}
   * in aliases (as in {@code debian/12}), but such an alias would address a different path, so the
   * SDK rejects it for local aliases.
   */
  public static String imageAlias(String name) {
    return segment("image alias", name);
  }

  /** Checks an image fingerprint or a unique prefix of one: 1 to 64 hexadecimal digits. */
  public static String imageFingerprint(String fingerprint) {
    String field = "image fingerprint";
    requirePresent(field, fingerprint);
    if (fingerprint.length() > 64) {
      throw new LxdValidationException(field, fingerprint, "must be at most 64 hexadecimal digits");
    }
    for (int i = 0; i < fingerprint.length(); i++) {
      char c = fingerprint.charAt(i);
      if (!isDigit(c) && !((c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'))) {
        throw new LxdValidationException(field, fingerprint, "must be hexadecimal digits only");
      }
    }
    return fingerprint;
  }

  /**
   * Checks an instance device name (a key of {@code devices}): one path segment by {@link
   * #segment}.
   */
  public static String device(String name) {
    return segment("device name", name);
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

  private static boolean isAsciiLetterOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || isDigit(c);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}

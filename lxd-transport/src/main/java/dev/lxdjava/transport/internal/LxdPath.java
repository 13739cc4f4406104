package dev.lxdjava.transport.internal;

import dev.lxdjava.core.Scope;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A request path under {@code /1.0} with its query, percent-encoded. Each segment is encoded as a
 * whole, so a {@code /} inside a name can never add a level to the path.
 */
public final class LxdPath {
  private final StringBuilder path = new StringBuilder("/1.0");
  private final List<String[]> query = new ArrayList<>();

  private LxdPath() {}

  /** {@code /1.0} followed by the given segments. */
  public static LxdPath of(String... segments) {
    LxdPath result = new LxdPath();
    for (String segment : segments) {
      result.segment(segment);
    }
    return result;
  }

  /**
   * Parses a path LXD returned (for example an operation URL) without encoding it again. Query
   * parameters in it are kept.
   */
  public static LxdPath parse(String raw) {
    LxdPath result = new LxdPath();
    result.path.setLength(0);
    int queryStart = raw.indexOf('?');
    result.path.append(queryStart < 0 ? raw : raw.substring(0, queryStart));
    if (queryStart >= 0) {
      for (String pair : raw.substring(queryStart + 1).split("&")) {
        if (pair.isEmpty()) {
          continue;
        }
        int eq = pair.indexOf('=');
        String name = eq < 0 ? pair : pair.substring(0, eq);
        String value = eq < 0 ? "" : pair.substring(eq + 1);
        result.query.add(new String[] {name, value});
      }
    }
    return result;
  }

  /** Appends one segment, percent-encoded. */
  public LxdPath segment(String segment) {
    path.append('/').append(encode(segment));
    return this;
  }

  /** Adds a query parameter; its value is percent-encoded. Empty values are skipped. */
  public LxdPath query(String name, String value) {
    if (value != null && !value.isEmpty()) {
      query.removeIf(pair -> pair[0].equals(name));
      query.add(new String[] {name, encode(value)});
    }
    return this;
  }

  /** Adds {@code project=} and, if set, {@code target=}. */
  public LxdPath scope(Scope scope, boolean withTarget) {
    query("project", scope.project());
    if (withTarget && scope.hasTarget()) {
      query("target", scope.target());
    }
    return this;
  }

  /** Adds {@code project=} unless a project is already in the query. */
  public LxdPath defaultProject(String project) {
    boolean present = query.stream().anyMatch(pair -> pair[0].equals("project"));
    return present ? this : query("project", project);
  }

  /** The value of a query parameter as it appears (encoded), or empty. */
  public String queryValue(String name) {
    for (String[] pair : query) {
      if (pair[0].equals(name)) {
        return decode(pair[1]);
      }
    }
    return "";
  }

  /** The path without its query. */
  public String pathOnly() {
    return path.toString();
  }

  /** The last segment of the path, decoded. */
  public String lastSegment() {
    String raw = path.substring(path.lastIndexOf("/") + 1);
    return decode(raw);
  }

  @Override
  public String toString() {
    if (query.isEmpty()) {
      return path.toString();
    }
    StringBuilder result = new StringBuilder(path).append('?');
    for (int i = 0; i < query.size(); i++) {
      if (i > 0) {
        result.append('&');
      }
      result.append(query.get(i)[0]).append('=').append(query.get(i)[1]);
    }
    return result.toString();
  }

  /** Percent-encodes everything but RFC 3986 unreserved characters, as UTF-8. */
  static String encode(String value) {
    StringBuilder encoded = new StringBuilder();
    for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      boolean unreserved =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || c == '-'
              || c == '.'
              || c == '_'
              || c == '~';
      if (unreserved) {
        encoded.append((char) c);
      } else {
        encoded.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)));
        encoded.append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
    return encoded.toString();
  }

  static String decode(String value) {
    return java.net.URLDecoder.decode(value.replace("+", "%2B"), StandardCharsets.UTF_8);
  }
}

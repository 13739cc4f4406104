package dev.lxdjava.transport.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Computes ETags the way LXD does: the SHA-256, in lower-case hex, of the JSON that Go's {@code
 * json.Encoder} writes for a value (map keys sorted, {@code <}, {@code >} and {@code &} escaped as
 * {@code \\u003c} and so on, a trailing newline). Needed where LXD 5.0.2 checks {@code If-Match}
 * but sends no ETag: storage pools, whose ETag covers {@code [name, driver, config]}.
 *
 * <p>Values are strings, lists and string-keyed maps of those.
 */
final class GoEtags {
  private GoEtags() {}

  /** Computes the ETag of {@code value}, quoted as an {@code ETag} header carries it. */
  static String of(Object value) {
    StringBuilder json = new StringBuilder();
    write(json, value);
    json.append('\n');
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      byte[] hash = sha256.digest(json.toString().getBytes(StandardCharsets.UTF_8));
      return '"' + HexFormat.of().formatHex(hash) + '"';
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK provides SHA-256", e);
    }
  }

  private static void write(StringBuilder json, Object value) {
    if (value instanceof String text) {
      writeString(json, text);
    } else if (value instanceof List<?> list) {
      json.append('[');
      for (int i = 0; i < list.size(); i++) {
        if (i > 0) {
          json.append(',');
        }
        write(json, list.get(i));
      }
      json.append(']');
    } else if (value instanceof Map<?, ?> map) {
      writeMap(json, map);
    } else {
      throw new IllegalArgumentException("unsupported ETag part: " + value);
    }
  }

  private static void writeMap(StringBuilder json, Map<?, ?> map) {
    // Go sorts keys by their UTF-8 bytes; for the ASCII keys LXD uses that equals String order.
    Map<String, Object> sorted = new TreeMap<>();
    map.forEach((key, item) -> sorted.put((String) key, item));
    json.append('{');
    boolean first = true;
    for (Map.Entry<String, Object> entry : sorted.entrySet()) {
      if (!first) {
        json.append(',');
      }
      first = false;
      writeString(json, entry.getKey());
      json.append(':');
      write(json, entry.getValue());
    }
    json.append('}');
  }

  private static void writeString(StringBuilder json, String text) {
    json.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> json.append("\\\"");
        case '\\' -> json.append("\\\\");
        case '\n' -> json.append("\\n");
        case '\r' -> json.append("\\r");
        case '\t' -> json.append("\\t");
        default -> {
          // NOTE: Go 1.22 and newer write \b and \f in short form; Debian's LXD 5.0.2 is built
          // with Go 1.19, which writes \u0008 and \u000c as done here.
          boolean escaped =
              c < 0x20 || c == '<' || c == '>' || c == '&' || c == 0x2028 || c == 0x2029;
          if (escaped) {
            json.append(String.format("\\u%04x", (int) c));
          } else {
            json.append(c);
          }
        }
      }
    }
    json.append('"');
  }
}

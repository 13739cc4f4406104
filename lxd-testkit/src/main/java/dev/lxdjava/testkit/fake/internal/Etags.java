package dev.lxdjava.testkit.fake.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * ETags as LXD computes them: the SHA-256 of the JSON that Go's {@code json.Encoder} writes for the
 * fields a PUT may change (object keys sorted, {@code <}, {@code >}, {@code &} and control
 * characters escaped as {@code \\u00XX}, a trailing newline). The tag changes exactly when one of
 * the fields does, and clients that compute a tag LXD does not send get the same value.
 */
final class Etags {
  private Etags() {}

  static String of(Object... fields) {
    StringBuilder json = new StringBuilder();
    write(json, Json.MAPPER.valueToTree(Arrays.asList(fields)));
    json.append('\n');
    try {
      byte[] bytes = json.toString().getBytes(StandardCharsets.UTF_8);
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from the JDK", e);
    }
  }

  /** Rejects a write whose {@code If-Match} differs from the current tag, as LXD does (412). */
  static void check(ApiRequest request, String current) {
    String sent = request.ifMatch();
    if (!sent.isEmpty() && !sent.equals(current)) {
      throw new LxdError(412, "ETag doesn't match: " + current + " vs " + sent);
    }
  }

  private static void write(StringBuilder json, JsonNode node) {
    if (node.isObject()) {
      List<String> keys = new ArrayList<>();
      node.fieldNames().forEachRemaining(keys::add);
      keys.sort(null);
      json.append('{');
      for (int i = 0; i < keys.size(); i++) {
        json.append(i > 0 ? "," : "");
        writeText(json, keys.get(i));
        json.append(':');
        write(json, node.get(keys.get(i)));
      }
      json.append('}');
    } else if (node.isArray()) {
      json.append('[');
      for (int i = 0; i < node.size(); i++) {
        json.append(i > 0 ? "," : "");
        write(json, node.get(i));
      }
      json.append(']');
    } else if (node.isTextual()) {
      writeText(json, node.asText());
    } else {
      json.append(node.isNull() ? "null" : node.asText());
    }
  }

  private static void writeText(StringBuilder json, String text) {
    json.append('"');
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> json.append("\\\"");
        case '\\' -> json.append("\\\\");
        case '\n' -> json.append("\\n");
        case '\r' -> json.append("\\r");
        case '\t' -> json.append("\\t");
        default -> {
          boolean escaped =
              c < 0x20 || c == '<' || c == '>' || c == '&' || c == 0x2028 || c == 0x2029;
          json.append(escaped ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
      }
    }
    json.append('"');
  }
}

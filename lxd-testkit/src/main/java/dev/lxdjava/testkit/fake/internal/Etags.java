package dev.lxdjava.testkit.fake.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * ETags as LXD computes them: a SHA-256 over the fields a PUT may change, so the tag changes
 * exactly when one of them does. Which fields count differs per object; each model names them.
 */
final class Etags {
  private Etags() {}

  static String of(Object... fields) {
    byte[] json = Json.write(Json.MAPPER.valueToTree(Arrays.asList(fields)));
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json));
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
}

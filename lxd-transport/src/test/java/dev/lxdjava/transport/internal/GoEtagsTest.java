package dev.lxdjava.transport.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GoEtagsTest {

  @Test
  void poolEtagMatchesLxdHash() {
    // LXD 5.0.2 reported this hash in a 412 reply for a dir pool with exactly these fields.
    Map<String, String> config = Map.of("source", "/var/lib/lxd/storage-pools/lxdjt-probe1");

    String etag = GoEtags.of(List.of("lxdjt-probe1", "dir", config));

    assertThat(etag)
        .isEqualTo("\"539cf4ca4296f010f4fedb98516622c6dc4e0751e00dc213d44530ee94436555\"");
  }

  @Test
  void mapKeysAreSortedLikeGo() {
    Map<String, String> unsorted = new LinkedHashMap<>();
    unsorted.put("b", "2");
    unsorted.put("a", "1");

    assertThat(GoEtags.of(unsorted)).isEqualTo(GoEtags.of(Map.of("a", "1", "b", "2")));
  }

  @Test
  void htmlCharactersAreEscapedLikeGo() {
    // sha256 of the line {"k":"\u003c\u0026\u003e"} that Go's json.Encoder writes for "<&>".
    String etag = GoEtags.of(Map.of("k", "<&>"));

    assertThat(etag).isEqualTo("\"" + sha256Hex("{\"k\":\"\\u003c\\u0026\\u003e\"}\n") + "\"");
  }

  private static String sha256Hex(String text) {
    try {
      byte[] hash =
          java.security.MessageDigest.getInstance("SHA-256")
              .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return java.util.HexFormat.of().formatHex(hash);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}

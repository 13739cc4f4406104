package dev.lxdjava.transport.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lxdjava.core.LxdValidationException;
import dev.lxdjava.core.certificate.TrustToken;
import dev.lxdjava.core.operation.Operation;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TrustTokenCodecTest {
  private static final String FINGERPRINT = "ab".repeat(32);

  private static Operation tokenOperation(Map<String, Object> metadata) {
    return new Operation(
        "op-1", "token", "", null, null, 103, Map.of(), metadata, true, "", "none", "default");
  }

  @Test
  void tokenFromOperationDecodesToSameFields() {
    Operation operation =
        tokenOperation(
            Map.of(
                "secret",
                "s3cret",
                "fingerprint",
                FINGERPRINT,
                "addresses",
                List.of("127.0.0.1:8443"),
                "request",
                Map.of("name", "alice")));

    TrustToken created = TrustTokenCodec.fromOperation(operation);
    TrustToken decoded = TrustTokenCodec.decode(created.value());

    assertThat(created.operationId()).isEqualTo("op-1");
    assertThat(decoded.clientName()).isEqualTo("alice");
    assertThat(decoded.serverFingerprint()).isEqualTo(FINGERPRINT);
    assertThat(decoded.addresses()).containsExactly("127.0.0.1:8443");
    assertThat(decoded.secret()).isEqualTo("s3cret");
    assertThat(decoded.expiresAt()).isNull();
    assertThat(decoded.operationId()).isEmpty();
  }

  @Test
  void expiryIsKept() {
    Operation operation =
        tokenOperation(
            Map.of(
                "secret",
                "s3cret",
                "fingerprint",
                FINGERPRINT,
                "addresses",
                List.of("127.0.0.1:8443"),
                "expiresAt",
                "2030-01-02T03:04:05.123456789Z",
                "request",
                Map.of("name", "alice")));

    TrustToken token = TrustTokenCodec.decode(TrustTokenCodec.fromOperation(operation).value());

    assertThat(token.expiresAt()).isEqualTo(Instant.parse("2030-01-02T03:04:05.123456789Z"));
  }

  @Test
  void tokenWithoutSecretIsRejected() {
    String json =
        "{\"client_name\":\"a\",\"fingerprint\":\"f\",\"addresses\":[\"h:8443\"],\"secret\":\"\"}";
    String token = Base64.getEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8));

    assertThatThrownBy(() -> TrustTokenCodec.decode(token))
        .isInstanceOf(LxdValidationException.class)
        .hasMessageContaining("has no secret")
        .hasMessageNotContaining(token);
  }

  @Test
  void textThatIsNotBase64IsRejected() {
    assertThatThrownBy(() -> TrustTokenCodec.decode("not a token!"))
        .isInstanceOf(LxdValidationException.class)
        .hasMessageContaining("not base64-encoded JSON")
        .hasMessageNotContaining("not a token!");
  }

  @Test
  void toStringHidesSecret() {
    TrustToken token =
        new TrustToken("value", "alice", FINGERPRINT, List.of("h:1"), "s3cret", null, "");

    assertThat(token.toString()).doesNotContain("s3cret").doesNotContain("value");
  }
}

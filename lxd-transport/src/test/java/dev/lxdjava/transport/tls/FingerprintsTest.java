package dev.lxdjava.transport.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lxdjava.core.LxdValidationException;
import org.junit.jupiter.api.Test;

class FingerprintsTest {
  private static final String HEX =
      "165374f05963d71d81eaf3b295ca3fa5fcbfe4e0077d9bda9aede3c939a43575";

  @Test
  void lowerCaseHexIsKept() {
    assertThat(Fingerprints.normalize(HEX)).isEqualTo(HEX);
  }

  @Test
  void opensslFormWithColonsIsNormalized() {
    String openssl = HEX.toUpperCase().replaceAll("(..)(?!$)", "$1:");

    assertThat(Fingerprints.normalize(openssl)).isEqualTo(HEX);
  }

  @Test
  void shortValueIsRejected() {
    assertThatThrownBy(() -> Fingerprints.normalize("165374f0"))
        .isInstanceOf(LxdValidationException.class)
        .hasMessageContaining("165374f0")
        .hasMessageContaining("64 hex digits");
  }

  @Test
  void fingerprintOfCertificateMatchesDigestOfDer() throws Exception {
    ClientCertificate generated = ClientCertificate.generate("a");

    String fingerprint = Fingerprints.sha256(generated.certificate());

    assertThat(fingerprint).isEqualTo(Fingerprints.sha256(generated.certificate().getEncoded()));
    assertThat(fingerprint).hasSize(64);
  }
}

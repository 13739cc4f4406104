package dev.lxdjava.transport.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lxdjava.transport.tls.ClientCertificate;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import org.junit.jupiter.api.Test;

class PinnedTrustManagerTest {
  private final ClientCertificate server = ClientCertificate.generate("server");
  private final X509Certificate[] chain = {server.certificate()};

  @Test
  void pinnedCertificateIsAccepted() {
    PinnedTrustManager trust = new PinnedTrustManager(server.fingerprint());

    assertThatCode(() -> trust.checkServerTrusted(chain, "ECDHE_ECDSA")).doesNotThrowAnyException();
  }

  @Test
  void otherCertificateIsRejectedNamingBothFingerprints() {
    String pin = "00".repeat(32);
    PinnedTrustManager trust = new PinnedTrustManager(pin);

    assertThatThrownBy(() -> trust.checkServerTrusted(chain, "ECDHE_ECDSA"))
        .isInstanceOf(CertificateException.class)
        .hasMessageContaining("expected SHA-256 " + pin)
        .hasMessageContaining("actual " + server.fingerprint());
  }

  @Test
  void emptyChainIsRejected() {
    PinnedTrustManager trust = new PinnedTrustManager(server.fingerprint());

    assertThatThrownBy(() -> trust.checkServerTrusted(new X509Certificate[0], "ECDHE_ECDSA"))
        .isInstanceOf(CertificateException.class);
  }
}

package dev.lxdjava.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lxdjava.core.Lxd;
import dev.lxdjava.core.LxdConflictException;
import dev.lxdjava.core.LxdNotFoundException;
import dev.lxdjava.core.LxdValidationException;
import dev.lxdjava.core.certificate.Certificate;
import dev.lxdjava.core.certificate.CertificateAdd;
import dev.lxdjava.core.certificate.CertificateType;
import dev.lxdjava.testkit.LocalLxd;
import dev.lxdjava.testkit.TestNames;
import dev.lxdjava.transport.tls.ClientCertificate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The trust store over the unix socket: add, list, get, delete. */
@LocalLxd
class CertificatesIT {
  private final Lxd lxd;
  private final String name = TestNames.unique();
  private final ClientCertificate certificate = ClientCertificate.generate(name);

  CertificatesIT(Lxd lxd) {
    this.lxd = lxd;
  }

  @AfterEach
  void removeCertificate() {
    if (lxd.certificates().find(certificate.fingerprint()).isPresent()) {
      lxd.certificates().delete(certificate.fingerprint());
    }
  }

  @Test
  void addListGetDelete() {
    String fingerprint =
        lxd.certificates()
            .add(
                certificate.certificatePem(),
                CertificateAdd.client(name).restrictedTo(List.of("default")));

    Certificate read = lxd.certificates().get(fingerprint);

    assertThat(fingerprint).isEqualTo(certificate.fingerprint());
    assertThat(read.name()).isEqualTo(name);
    assertThat(read.type()).isEqualTo(CertificateType.CLIENT);
    assertThat(read.restricted()).isTrue();
    assertThat(read.projects()).containsExactly("default");
    assertThat(read.certificate()).isEqualToIgnoringWhitespace(certificate.certificatePem());
    assertThat(lxd.certificates().list())
        .extracting(Certificate::fingerprint)
        .contains(fingerprint);

    lxd.certificates().delete(fingerprint);

    assertThat(lxd.certificates().find(fingerprint)).isEmpty();
  }

  @Test
  void addingTrustedCertificateAgainIsConflict() {
    lxd.certificates().add(certificate.certificatePem(), CertificateAdd.client(name));

    assertThatThrownBy(
            () -> lxd.certificates().add(certificate.certificatePem(), CertificateAdd.client(name)))
        .isInstanceOf(LxdConflictException.class)
        .hasMessageContaining("already in trust store");
  }

  @Test
  void getUnknownFingerprintIsNotFound() {
    assertThatThrownBy(() -> lxd.certificates().get(certificate.fingerprint()))
        .isInstanceOf(LxdNotFoundException.class);
  }

  @Test
  void addingTextWithoutCertificateIsRejectedBeforeRequest() {
    assertThatThrownBy(
            () -> lxd.certificates().add("not a certificate", CertificateAdd.client(name)))
        .isInstanceOf(LxdValidationException.class)
        .hasMessageContaining("CERTIFICATE");
  }

  @Test
  void fingerprintWithSlashIsRejected() {
    assertThatThrownBy(() -> lxd.certificates().get("../instances"))
        .isInstanceOf(LxdValidationException.class);
  }
}

package dev.lxdjava.testkit.fake.internal;

import java.util.List;

/**
 * A certificate in the trust store.
 *
 * @param fingerprint SHA-256 of the DER encoding, hex
 * @param type {@code client} or {@code metrics}
 * @param certificate the certificate, base64 DER as LXD returns it
 * @param projects projects a restricted certificate may use
 */
record TrustedCertificate(
    String name,
    String fingerprint,
    String type,
    String certificate,
    boolean restricted,
    List<String> projects) {

  TrustedCertificate {
    projects = List.copyOf(projects);
  }

  String etag() {
    return Etags.of(name, type, certificate, restricted, projects);
  }
}

package dev.lxdjava.transport.internal;

import dev.lxdjava.transport.tls.ClientCertificate;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * How a {@link MutualTlsConnection} authenticates itself and checks the server. Exactly one way of
 * checking the server applies, in this order: the pinned fingerprint, skipping verification, the
 * given CA certificates, the JDK's trust store.
 *
 * @param clientCertificate the certificate the client presents, or {@code null} for none (LXD then
 *     treats the client as untrusted)
 * @param pinnedFingerprint SHA-256 fingerprint of the only server certificate accepted, or {@code
 *     null}
 * @param trustedCas CA certificates for PKIX validation; empty means the JDK's trust store
 * @param insecureSkipVerify whether any server certificate is accepted (tests only)
 */
public record TlsOptions(
    ClientCertificate clientCertificate,
    String pinnedFingerprint,
    List<X509Certificate> trustedCas,
    boolean insecureSkipVerify) {

  public TlsOptions {
    trustedCas = trustedCas == null ? List.of() : List.copyOf(trustedCas);
  }

  /** Whether the server's certificate is pinned by fingerprint. */
  public boolean pinned() {
    return pinnedFingerprint != null;
  }

  /** Whether the server is checked by PKIX path validation and its host name. */
  public boolean pkix() {
    return !pinned() && !insecureSkipVerify;
  }
}

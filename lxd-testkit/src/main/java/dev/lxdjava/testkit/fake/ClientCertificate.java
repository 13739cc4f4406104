package dev.lxdjava.testkit.fake;

import dev.lxdjava.testkit.fake.internal.SelfSigned;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;

/**
 * A freshly generated client key pair and self-signed certificate (EC P-384), as {@code lxc}
 * creates one, for tests of TLS clients against a {@link FakeLxd} or a real LXD.
 */
public final class ClientCertificate {
  private final SelfSigned identity;

  private ClientCertificate(SelfSigned identity) {
    this.identity = identity;
  }

  /** Generates a key pair and a certificate with the common name {@code name}. */
  public static ClientCertificate generate(String name) {
    return new ClientCertificate(SelfSigned.generate(name, false));
  }

  public X509Certificate certificate() {
    return identity.certificate();
  }

  public PrivateKey privateKey() {
    return identity.keyPair().getPrivate();
  }

  /** Returns the certificate in PEM form. */
  public String certificatePem() {
    return identity.certificatePem();
  }

  /** Returns the private key in PKCS#8 PEM form ({@code BEGIN PRIVATE KEY}). */
  public String privateKeyPem() {
    return identity.privateKeyPem();
  }

  /** Returns the SHA-256 of the certificate in hex, as LXD names trusted certificates. */
  public String fingerprint() {
    return identity.fingerprint();
  }

  /** Builds a PKCS#12 key store with the key and certificate, for JSSE clients. */
  public KeyStore keyStore(char[] password) {
    return identity.keyStore(password);
  }
}

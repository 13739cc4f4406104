package dev.lxdjava.transport.tls;

import dev.lxdjava.core.LxdValidationException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.Locale;

/**
 * SHA-256 certificate fingerprints in the form LXD shows them: 64 lower-case hex digits of the
 * digest of the DER-encoded certificate, as in {@code lxc config trust list} and {@code
 * environment.certificate_fingerprint} of {@code GET /1.0}.
 */
public final class Fingerprints {
  private Fingerprints() {}

  /** Computes the fingerprint of a certificate. */
  public static String sha256(X509Certificate certificate) {
    try {
      return sha256(certificate.getEncoded());
    } catch (CertificateEncodingException e) {
      throw new IllegalStateException("certificate cannot be DER-encoded", e);
    }
  }

  /** Computes the fingerprint of DER-encoded certificate bytes. */
  public static String sha256(byte[] der) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(der));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK provides SHA-256", e);
    }
  }

  /**
   * Checks a fingerprint given by a user and returns it in LXD's form. Upper case and the colons
   * that {@code openssl x509 -fingerprint} prints are accepted.
   *
   * @throws LxdValidationException unless the value is 32 bytes in hex
   */
  public static String normalize(String fingerprint) {
    String value = fingerprint == null ? "" : fingerprint.strip();
    String hex = value.replace(":", "").toLowerCase(Locale.ROOT);
    if (!hex.matches("[0-9a-f]{64}")) {
      throw new LxdValidationException(
          "server certificate fingerprint",
          value,
          "must be the SHA-256 fingerprint: 64 hex digits, optionally separated by colons");
    }
    return hex;
  }
}

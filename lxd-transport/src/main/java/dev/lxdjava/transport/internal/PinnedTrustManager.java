package dev.lxdjava.transport.internal;

import dev.lxdjava.transport.tls.Fingerprints;
import java.net.Socket;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * Accepts exactly one server certificate, identified by its SHA-256 fingerprint, regardless of its
 * issuer. This is how clients trust LXD's self-signed certificate. Host names are not checked,
 * because the pin identifies the server more precisely than a name can. The validity dates are not
 * checked either: the pinned certificate is accepted as it is.
 */
final class PinnedTrustManager extends X509ExtendedTrustManager {
  /** Start of the message of a pin mismatch, so callers can recognise it in a handshake error. */
  static final String MISMATCH = "server certificate does not match the pinned fingerprint";

  private final String expected;

  PinnedTrustManager(String expectedFingerprint) {
    this.expected = expectedFingerprint;
  }

  @Override
  public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
      throws CertificateException {
    String peer = engine == null ? "" : engine.getPeerHost() + ":" + engine.getPeerPort();
    check(chain, peer);
  }

  @Override
  public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
      throws CertificateException {
    String peer = socket == null ? "" : String.valueOf(socket.getRemoteSocketAddress());
    check(chain, peer);
  }

  @Override
  public void checkServerTrusted(X509Certificate[] chain, String authType)
      throws CertificateException {
    check(chain, "");
  }

  private void check(X509Certificate[] chain, String peer) throws CertificateException {
    if (chain == null || chain.length == 0) {
      throw new CertificateException("server " + peer + " sent no certificate");
    }
    String actual = Fingerprints.sha256(chain[0]);
    if (!actual.equals(expected)) {
      throw new CertificateException(
          MISMATCH
              + (peer.isEmpty() ? "" : " (" + peer + ")")
              + ": expected SHA-256 "
              + expected
              + ", actual "
              + actual
              + " (subject "
              + chain[0].getSubjectX500Principal().getName()
              + ")");
    }
  }

  @Override
  public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
      throws CertificateException {
    throw new CertificateException("a client connection checks no client certificates");
  }

  @Override
  public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
      throws CertificateException {
    throw new CertificateException("a client connection checks no client certificates");
  }

  @Override
  public void checkClientTrusted(X509Certificate[] chain, String authType)
      throws CertificateException {
    throw new CertificateException("a client connection checks no client certificates");
  }

  @Override
  public X509Certificate[] getAcceptedIssuers() {
    return new X509Certificate[0];
  }
}

package dev.lxdjava.testkit.fake.internal;

import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.List;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Request;

/**
 * Who a request comes from and whether LXD would trust it: every unix socket client, and TLS
 * clients whose certificate is in the trust store.
 */
final class Trust {
  private final Daemon daemon;

  Trust(Daemon daemon) {
    this.daemon = daemon;
  }

  ApiRequest.Caller caller(Request request) {
    if (!request.isSecure()) {
      return ApiRequest.Caller.UNIX;
    }
    String address = Request.getRemoteAddr(request) + ":" + Request.getRemotePort(request);
    X509Certificate certificate = clientCertificate(request);
    if (certificate == null) {
      return new ApiRequest.Caller("tls", address, "", false, null);
    }
    String fingerprint = fingerprint(certificate);
    boolean trusted;
    synchronized (daemon) {
      trusted = daemon.certificates.containsKey(fingerprint);
    }
    return new ApiRequest.Caller("tls", address, fingerprint, trusted, certificate);
  }

  private static X509Certificate clientCertificate(Request request) {
    Object data = request.getAttribute(EndPoint.SslSessionData.ATTRIBUTE);
    if (data instanceof EndPoint.SslSessionData session) {
      X509Certificate[] chain = session.peerCertificates();
      if (chain != null && chain.length > 0) {
        return chain[0];
      }
    }
    return null;
  }

  /** SHA-256 of the certificate's DER encoding, hex, as LXD names certificates. */
  static String fingerprint(X509Certificate certificate) {
    try {
      return ImageFiles.sha256(certificate.getEncoded());
    } catch (CertificateEncodingException e) {
      throw LxdError.badRequest("invalid certificate: " + e.getMessage());
    }
  }

  /** What LXD lets an untrusted client do: read {@code /1.0}, enrol, read public images. */
  boolean allowsUntrusted(ApiRequest request, List<String> rest) {
    String method = request.method();
    if (rest.isEmpty()) {
      return method.equals("GET");
    }
    if (rest.equals(List.of("certificates"))) {
      return method.equals("POST");
    }
    return rest.get(0).equals("images") && method.equals("GET");
  }
}

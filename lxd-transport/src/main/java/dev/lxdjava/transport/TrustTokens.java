package dev.lxdjava.transport;

import dev.lxdjava.core.LxdValidationException;
import dev.lxdjava.core.certificate.TrustToken;
import dev.lxdjava.transport.internal.TrustTokenCodec;

/**
 * Reads the trust tokens that {@code lxc config trust add} prints and {@link
 * dev.lxdjava.core.certificate.Certificates#createToken} returns. A token names the server's
 * addresses and its certificate fingerprint, so a new client can pin the server before it is
 * trusted:
 *
 * <pre>{@code
 * TrustToken token = TrustTokens.decode(tokenText);
 * Lxd lxd = LxdClient.builder()
 *     .remote(URI.create("https://" + token.addresses().get(0)))
 *     .serverFingerprint(token.serverFingerprint())
 *     .clientCertificate(certificate)
 *     .build();
 * lxd.certificates().enrolWithToken(tokenText);
 * }</pre>
 */
public final class TrustTokens {
  private TrustTokens() {}

  /**
   * Decodes a token. Its operation id is empty, because the encoded form does not carry it.
   *
   * @throws LxdValidationException if the text is not a complete token; the message never shows the
   *     token
   */
  public static TrustToken decode(String token) {
    return TrustTokenCodec.decode(token);
  }
}

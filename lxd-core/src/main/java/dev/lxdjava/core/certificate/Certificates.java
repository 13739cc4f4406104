package dev.lxdjava.core.certificate;

import java.util.List;
import java.util.Optional;

/**
 * LXD's trust store ({@code /1.0/certificates}): the client certificates LXD accepts over HTTPS,
 * and the enrolment of a new client. Fingerprints may be given in full or as a prefix LXD can
 * resolve uniquely.
 */
public interface Certificates {

  /** Lists the trusted certificates in one request. */
  List<Certificate> list();

  /**
   * Reads one trusted certificate.
   *
   * @throws dev.lxdjava.core.LxdNotFoundException if no certificate has that fingerprint
   */
  Certificate get(String fingerprint);

  /** Reads one trusted certificate, or returns empty if none has that fingerprint. */
  Optional<Certificate> find(String fingerprint);

  /**
   * Adds a certificate to the trust store. Needs a trusted (admin) connection.
   *
   * @param certificatePem the certificate in PEM form
   * @return the SHA-256 fingerprint of the added certificate
   * @throws dev.lxdjava.core.LxdValidationException if the PEM text contains no certificate
   * @throws dev.lxdjava.core.LxdConflictException if it is already trusted
   */
  String add(String certificatePem, CertificateAdd grant);

  /** Removes a certificate from the trust store; the client it identifies is untrusted at once. */
  void delete(String fingerprint);

  /**
   * Creates a single-use trust token for a new client (API extension {@code certificate_token}).
   * LXD issues tokens only while its HTTPS listener is on.
   */
  TrustToken createToken(CertificateAdd grant);

  /** Revokes a token that has not been used yet, by cancelling its operation. */
  void revokeToken(TrustToken token);

  /**
   * Adds this connection's client certificate to the trust store with a trust token, as {@code lxc
   * remote add NAME TOKEN} does. The certificate gets the token's name and project restrictions.
   * The token goes in the request's {@code trust_token} field when the daemon has the API extension
   * {@code explicit_trust_token}, otherwise in {@code password} as LXD 5.0 expects.
   *
   * @param token the encoded token ({@link TrustToken#value()})
   * @throws dev.lxdjava.core.LxdValidationException if the connection presents no client
   *     certificate or the token is malformed
   * @throws dev.lxdjava.core.LxdForbiddenException if LXD has no pending token with that secret
   */
  void enrolWithToken(String token);

  /**
   * Adds this connection's client certificate to the trust store with the server's trust password
   * ({@code core.trust_password}). LXD releases with the API extension {@code explicit_trust_token}
   * no longer accept passwords.
   *
   * @param name name of the certificate in the trust store; empty uses its common name
   * @throws dev.lxdjava.core.LxdValidationException if the connection presents no client
   *     certificate
   * @throws dev.lxdjava.core.LxdForbiddenException if the password is wrong or none is set
   */
  void enrolWithPassword(String name, String password);
}

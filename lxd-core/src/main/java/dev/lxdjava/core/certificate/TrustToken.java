package dev.lxdjava.core.certificate;

import java.time.Instant;
import java.util.List;

/**
 * A single-use token that lets one new client add its own certificate to LXD's trust store (API
 * extension {@code certificate_token}). LXD keeps it as a running operation of class {@code token}
 * until it is used, revoked or expires.
 *
 * @param value the encoded token to hand to the new client, as {@code lxc config trust add} prints
 *     it
 * @param clientName name the certificate gets in the trust store
 * @param serverFingerprint SHA-256 fingerprint of the server's certificate, for pinning it
 * @param addresses addresses ({@code host:port}) the server listens on
 * @param secret the secret inside the token
 * @param expiresAt when the token stops working, or {@code null} if it does not expire (LXD's
 *     {@code core.remote_token_expiry} is unset)
 * @param operationId the id of LXD's token operation; empty for a token decoded from its value
 */
public record TrustToken(
    String value,
    String clientName,
    String serverFingerprint,
    List<String> addresses,
    String secret,
    Instant expiresAt,
    String operationId) {

  public TrustToken {
    addresses = addresses == null ? List.of() : List.copyOf(addresses);
    operationId = operationId == null ? "" : operationId;
  }

  /** Hides the secret, which grants access to the server. */
  @Override
  public String toString() {
    return "TrustToken[clientName="
        + clientName
        + ", serverFingerprint="
        + serverFingerprint
        + ", addresses="
        + addresses
        + ", expiresAt="
        + expiresAt
        + "]";
  }
}

package dev.lxdjava.auth;

import java.util.Optional;

/** A bearer token is malformed, expired, signed with another key, or revoked. */
public class InvalidTokenException extends AuthException {
  private static final long serialVersionUID = 1L;

  private final Long accountId;

  public InvalidTokenException(String reason) {
    this(reason, null);
  }

  /**
   * Creates the error for a token whose account is known, such as a reused refresh token.
   *
   * @param accountId the account the token belonged to, or {@code null}
   */
  public InvalidTokenException(String reason, Long accountId) {
    super("invalid token: " + reason);
    this.accountId = accountId;
  }

  /** The account the rejected token belonged to, when known; for the audit trail. */
  public Optional<Long> accountId() {
    return Optional.ofNullable(accountId);
  }
}

package dev.lxdjava.auth;

/** A bearer token is malformed, expired, signed with another key, or revoked. */
public class InvalidTokenException extends AuthException {
  private static final long serialVersionUID = 1L;

  public InvalidTokenException(String reason) {
    super("invalid token: " + reason);
  }
}

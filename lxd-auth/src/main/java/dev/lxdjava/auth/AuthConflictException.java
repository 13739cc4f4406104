package dev.lxdjava.auth;

/**
 * A change conflicts with the current state: a name is taken, the last admin would lose access, or
 * a password change targets a service account.
 */
public class AuthConflictException extends AuthException {
  private static final long serialVersionUID = 1L;

  public AuthConflictException(String message) {
    super(message);
  }
}

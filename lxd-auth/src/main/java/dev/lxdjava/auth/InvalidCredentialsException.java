package dev.lxdjava.auth;

/**
 * Login failed. The message is the same for an unknown user, a wrong password and a disabled
 * account, so callers cannot tell which usernames exist.
 */
public class InvalidCredentialsException extends AuthException {
  private static final long serialVersionUID = 1L;

  public InvalidCredentialsException() {
    super("invalid username or password");
  }
}

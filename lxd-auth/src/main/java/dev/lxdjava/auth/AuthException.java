package dev.lxdjava.auth;

/** Root of the errors raised by the gateway's user and token handling. */
public abstract class AuthException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  protected AuthException(String message) {
    super(message);
  }

  protected AuthException(String message, Throwable cause) {
    super(message, cause);
  }
}

package dev.lxdjava.auth;

/** The user database cannot be opened, migrated or written. */
public class DatabaseException extends AuthException {
  private static final long serialVersionUID = 1L;

  public DatabaseException(String message, Throwable cause) {
    super(message, cause);
  }
}

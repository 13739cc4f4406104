package dev.lxdjava.auth;

/** A user with that name already exists. */
public class UserConflictException extends AuthConflictException {
  private static final long serialVersionUID = 1L;

  public UserConflictException(String username) {
    super("user '" + username + "' already exists");
  }
}

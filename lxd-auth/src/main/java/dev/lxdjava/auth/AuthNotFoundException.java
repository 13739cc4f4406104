package dev.lxdjava.auth;

/** A user, grant or API key that an admin named does not exist. */
public class AuthNotFoundException extends AuthException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the error.
   *
   * @param what the kind of object, for example {@code user}
   * @param name its name
   */
  public AuthNotFoundException(String what, String name) {
    super(what + " '" + name + "' not found");
  }
}

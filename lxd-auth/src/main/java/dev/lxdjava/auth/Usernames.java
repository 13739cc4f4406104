package dev.lxdjava.auth;

/** The username rule: 3 to 64 characters of ASCII letters, digits, {@code _ . -}. */
public final class Usernames {
  private Usernames() {}

  /**
   * Returns the username when it is valid.
   *
   * @throws AuthValidationException naming the rule otherwise
   */
  public static String requireValid(String username) {
    if (username == null || username.length() < 3 || username.length() > 64) {
      throw new AuthValidationException("username", username, "must be 3 to 64 characters long");
    }
    if (!username.matches("[A-Za-z0-9_.-]+")) {
      throw new AuthValidationException(
          "username", username, "may contain only ASCII letters, digits, '_', '.' and '-'");
    }
    return username;
  }
}

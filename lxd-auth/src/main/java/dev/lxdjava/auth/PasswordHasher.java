package dev.lxdjava.auth;

import java.nio.charset.StandardCharsets;

/**
 * Hashes and checks passwords. {@link BcryptPasswordHasher} is the implementation; the interface
 * lets tests count checks.
 */
public interface PasswordHasher {
  /** Default bcrypt cost: 2^12 rounds. */
  int DEFAULT_COST = 12;

  /** Shortest accepted password, in characters. */
  int MIN_LENGTH = 12;

  /** Longest accepted password, in UTF-8 bytes: bcrypt reads no more. */
  int MAX_BYTES = 72;

  /** A bcrypt hasher with the given cost factor, 4 to 31. */
  static PasswordHasher bcrypt(int cost) {
    return new BcryptPasswordHasher(cost);
  }

  /**
   * Checks a new password against the rules and hashes it.
   *
   * @throws AuthValidationException if it is shorter than 12 characters or longer than 72 bytes
   */
  String hashNew(String password);

  /**
   * Whether the password matches the hash. Every call runs exactly one hash check: with no hash
   * ({@code null}, for an unknown user or an account without a password) it checks against a dummy
   * hash and returns {@code false}, so the answer takes as long as for a wrong password.
   */
  boolean verify(String password, String hash);

  /** Checks the password rules without hashing. */
  static void requireValid(String password) {
    if (password == null || password.length() < MIN_LENGTH) {
      throw new AuthValidationException(
          "password", null, "must be at least " + MIN_LENGTH + " characters long");
    }
    if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
      throw new AuthValidationException(
          "password", null, "must be at most " + MAX_BYTES + " bytes in UTF-8 (a bcrypt limit)");
    }
  }
}

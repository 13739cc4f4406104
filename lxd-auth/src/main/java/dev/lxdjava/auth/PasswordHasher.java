package dev.lxdjava.auth;

import at.favre.lib.crypto.bcrypt.BCrypt;
import java.nio.charset.StandardCharsets;

/**
 * Hashes and checks passwords with bcrypt. bcrypt reads at most 72 bytes, so longer passwords are
 * rejected when set rather than silently cut.
 */
public final class PasswordHasher {
  /** Default bcrypt cost: 2^12 rounds, about a quarter second per hash on a current server core. */
  public static final int DEFAULT_COST = 12;

  static final int MIN_LENGTH = 12;
  static final int MAX_BYTES = 72;

  private final int cost;
  private final String dummyHash;

  /**
   * Creates a hasher.
   *
   * @param cost bcrypt cost factor, 4 to 31
   */
  public PasswordHasher(int cost) {
    if (cost < 4 || cost > 31) {
      throw new AuthValidationException("bcrypt cost", Integer.toString(cost), "must be 4 to 31");
    }
    this.cost = cost;
    // Checked against when a user is unknown, so that answer takes as long as a wrong password.
    this.dummyHash = hash("dummy-password-for-unknown-users");
  }

  /** The bcrypt cost factor of new hashes. */
  public int cost() {
    return cost;
  }

  /**
   * Checks a new password against the rules and hashes it.
   *
   * @throws AuthValidationException if it is shorter than 12 characters or longer than 72 bytes
   */
  public String hashNew(String password) {
    requireValid(password);
    return hash(password);
  }

  /** Checks the password rules without hashing. */
  public static void requireValid(String password) {
    if (password == null || password.length() < MIN_LENGTH) {
      throw new AuthValidationException(
          "password", null, "must be at least " + MIN_LENGTH + " characters long");
    }
    if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
      throw new AuthValidationException(
          "password", null, "must be at most " + MAX_BYTES + " bytes in UTF-8 (a bcrypt limit)");
    }
  }

  private String hash(String password) {
    return BCrypt.withDefaults().hashToString(cost, password.toCharArray());
  }

  /** Whether the password matches the hash. Over-long passwords never match. */
  public boolean matches(String password, String hash) {
    if (password == null || password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
      BCrypt.verifyer().verify("x".toCharArray(), dummyHash);
      return false;
    }
    return BCrypt.verifyer().verify(password.toCharArray(), hash).verified;
  }

  /** Spends the time of one check, for unknown users. */
  public void burnCheck(String password) {
    String candidate = password == null ? "" : password;
    if (candidate.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
      candidate = "x";
    }
    BCrypt.verifyer().verify(candidate.toCharArray(), dummyHash);
  }
}

package dev.lxdjava.auth;

import at.favre.lib.crypto.bcrypt.BCrypt;
import java.nio.charset.StandardCharsets;

/** {@link PasswordHasher} with bcrypt. Passwords over 72 bytes are rejected, never cut. */
final class BcryptPasswordHasher implements PasswordHasher {
  private final int cost;
  private final String dummyHash;

  BcryptPasswordHasher(int cost) {
    if (cost < 4 || cost > 31) {
      throw new AuthValidationException("bcrypt cost", Integer.toString(cost), "must be 4 to 31");
    }
    this.cost = cost;
    // Checked against when there is no real hash, at the same cost as real hashes.
    this.dummyHash = hash("dummy-password-for-unknown-users");
  }

  @Override
  public String hashNew(String password) {
    PasswordHasher.requireValid(password);
    return hash(password);
  }

  private String hash(String password) {
    return BCrypt.withDefaults().hashToString(cost, password.toCharArray());
  }

  @Override
  public boolean verify(String password, String hash) {
    boolean usable = password != null && password.getBytes(StandardCharsets.UTF_8).length <= 72;
    boolean real = usable && hash != null && hash.startsWith("$2");
    char[] candidate = usable ? password.toCharArray() : "x".toCharArray();
    boolean verified = BCrypt.verifyer().verify(candidate, real ? hash : dummyHash).verified;
    return real && verified;
  }
}

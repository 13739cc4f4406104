package dev.lxdjava.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * API keys for automation. A key is a bearer secret {@code lxdk_…} shown once at creation and
 * stored only as a SHA-256 hash. Each key has a service account of the same name. That account's
 * global role and project grants are the key's rights, and deleting the key deletes the account.
 */
public final class ApiKeys {
  /**
   * Prefix of every API key, so a bearer value is recognised as a key without parsing it as a JWT.
   */
  public static final String PREFIX = "lxdk_";

  /** Characters of a key kept in clear for lists: the prefix and 6 more. */
  static final int SHOWN_CHARACTERS = PREFIX.length() + 6;

  /** Uses closer together than this are not written back, to spare the database. */
  static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

  private final ApiKeyStore keys;
  private final UserStore users;
  private final Clock clock;

  ApiKeys(ApiKeyStore keys, UserStore users, Clock clock) {
    this.keys = keys;
    this.users = users;
    this.clock = clock;
  }

  /**
   * Creates a key and its service account.
   *
   * @param name key name, with the username rule
   * @param role the service account's global role
   * @param expiresAt when the key stops working, or {@code null} for never
   * @param createdBy the admin creating it
   * @throws AuthValidationException for an invalid name or an expiry in the past
   * @throws UserConflictException if an account of that name exists
   */
  public CreatedKey create(String name, Role role, Instant expiresAt, String createdBy) {
    Usernames.requireValid(name);
    Instant now = clock.instant();
    if (expiresAt != null && !expiresAt.isAfter(now)) {
      throw new AuthValidationException(
          "expires_at", expiresAt.toString(), "must be in the future");
    }
    String secret = Secrets.generate(PREFIX);
    ApiKey key =
        keys.create(
            new ApiKeyStore.NewKey(
                name,
                role,
                Secrets.sha256(secret),
                secret.substring(0, SHOWN_CHARACTERS),
                createdBy,
                now,
                expiresAt));
    return new CreatedKey(key, secret);
  }

  /** Keys ordered by name. */
  public ResultPage<ApiKey> list(int limit, int offset) {
    return keys.list(limit, offset);
  }

  /**
   * The key with that name.
   *
   * @throws AuthNotFoundException if there is none
   */
  public ApiKey get(String name) {
    return keys.findByName(name).orElseThrow(() -> new AuthNotFoundException("API key", name));
  }

  /**
   * Deletes a key and its service account; the key stops working at once.
   *
   * @throws AuthNotFoundException if there is none
   */
  public void revoke(String name) {
    if (!keys.delete(name)) {
      throw new AuthNotFoundException("API key", name);
    }
  }

  /**
   * Resolves a key to its service account.
   *
   * @throws InvalidTokenException if the key is unknown, expired or its account is disabled
   */
  User authenticate(String secret) {
    ApiKey key =
        keys.findByHash(Secrets.sha256(secret))
            .orElseThrow(() -> new InvalidTokenException("unknown or revoked API key"));
    Instant now = clock.instant();
    if (key.isExpired(now)) {
      throw new InvalidTokenException("API key expired at " + key.expiresAt());
    }
    User account =
        users
            .findById(key.userId())
            .orElseThrow(() -> new InvalidTokenException("unknown or revoked API key"));
    if (!account.active()) {
      throw new InvalidTokenException("API key's account is disabled");
    }
    if (key.lastUsedAt() == null || key.lastUsedAt().plus(LAST_USED_PRECISION).isBefore(now)) {
      keys.touch(key.id(), now);
    }
    return account;
  }

  /**
   * A new key with its secret, which is not stored and cannot be shown again.
   *
   * @param key the stored key
   * @param secret the bearer value
   */
  public record CreatedKey(ApiKey key, String secret) {}
}

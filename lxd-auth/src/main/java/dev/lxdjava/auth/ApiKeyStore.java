package dev.lxdjava.auth;

import java.time.Instant;
import java.util.Optional;

/** API keys and their service accounts. {@link JdbiApiKeyStore} keeps them in SQLite. */
public interface ApiKeyStore {

  /**
   * Creates a service account and its key in one transaction.
   *
   * @throws UserConflictException if an account of that name exists
   */
  ApiKey create(NewKey key);

  /** Finds a key by the hash of its secret. */
  Optional<ApiKey> findByHash(String keyHash);

  /** Finds a key by name, ignoring case. */
  Optional<ApiKey> findByName(String name);

  /** Keys ordered by name. */
  ResultPage<ApiKey> list(int limit, int offset);

  /** Deletes a key with its service account; returns whether it existed. */
  boolean delete(String name);

  /** Records that the key was used at {@code now}. */
  void touch(long keyId, Instant now);

  /**
   * A key to store.
   *
   * @param name key and service account name
   * @param role global role of the service account
   * @param keyHash SHA-256 hex digest of the secret
   * @param prefix first characters of the secret
   * @param createdBy the admin creating it
   * @param createdAt creation time
   * @param expiresAt expiry, or {@code null} for never
   */
  record NewKey(
      String name,
      Role role,
      String keyHash,
      String prefix,
      String createdBy,
      Instant createdAt,
      Instant expiresAt) {}
}

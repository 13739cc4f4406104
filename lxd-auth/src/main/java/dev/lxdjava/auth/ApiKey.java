package dev.lxdjava.auth;

import java.time.Instant;

/**
 * An API key for automation, without its secret. Each key has its own service account of the same
 * name, whose global role and project grants are the key's rights.
 *
 * @param id database id of the key
 * @param userId the service account
 * @param name the key's and the service account's name
 * @param role the service account's global role
 * @param prefix the first characters of the secret, to recognise a key in a list
 * @param createdBy the admin who created it
 * @param createdAt creation time
 * @param expiresAt when it stops working, or {@code null} for never
 * @param lastUsedAt last successful use, to the minute, or {@code null}
 */
public record ApiKey(
    long id,
    long userId,
    String name,
    Role role,
    String prefix,
    String createdBy,
    Instant createdAt,
    Instant expiresAt,
    Instant lastUsedAt) {

  /** Whether the key has expired at {@code now}. */
  public boolean isExpired(Instant now) {
    return expiresAt != null && !expiresAt.isAfter(now);
  }
}

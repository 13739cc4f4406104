package dev.lxdjava.core.backup;

import java.time.Instant;

/**
 * A backup of an instance kept by LXD, as LXD returned it.
 *
 * @param name backup name
 * @param createdAt when the backup was made
 * @param expiresAt when LXD deletes it; {@link #NEVER} when it never expires
 * @param instanceOnly whether it leaves out the instance's snapshots
 * @param optimizedStorage whether it holds the storage driver's own format (for example a ZFS
 *     stream), which only a pool of the same driver can import
 */
public record InstanceBackup(
    String name,
    Instant createdAt,
    Instant expiresAt,
    boolean instanceOnly,
    boolean optimizedStorage) {

  /** LXD's zero time, {@code 0001-01-01T00:00:00Z}, which it sends for "never". */
  public static final Instant NEVER = Instant.parse("0001-01-01T00:00:00Z");

  /** Replaces a missing expiry with {@link #NEVER}. */
  public InstanceBackup {
    expiresAt = expiresAt == null ? NEVER : expiresAt;
  }

  /** Whether LXD deletes the backup at {@link #expiresAt()}. */
  public boolean expires() {
    return !expiresAt.equals(NEVER);
  }
}

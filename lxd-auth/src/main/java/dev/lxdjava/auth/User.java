package dev.lxdjava.auth;

import java.time.Instant;

/**
 * A gateway account: a person, or the service account behind an API key. The password hash stays
 * inside the store.
 *
 * @param id database id
 * @param username unique, case-insensitive login name
 * @param role global role; {@link Role#NONE} when only project grants give rights
 * @param active whether the account may authenticate
 * @param tokenVersion increases whenever earlier tokens must stop working
 * @param createdAt creation time
 * @param updatedAt last change
 * @param lastLoginAt last successful login, or {@code null} if never
 * @param kind person or service account
 */
public record User(
    long id,
    String username,
    Role role,
    boolean active,
    int tokenVersion,
    Instant createdAt,
    Instant updatedAt,
    Instant lastLoginAt,
    AccountKind kind) {

  public User {
    kind = kind == null ? AccountKind.USER : kind;
  }

  /** A person's account. */
  public User(
      long id,
      String username,
      Role role,
      boolean active,
      int tokenVersion,
      Instant createdAt,
      Instant updatedAt,
      Instant lastLoginAt) {
    this(
        id,
        username,
        role,
        active,
        tokenVersion,
        createdAt,
        updatedAt,
        lastLoginAt,
        AccountKind.USER);
  }
}

package dev.lxdjava.auth;

import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/** {@link UserStore} in SQL through Jdbi. */
public final class JdbiUserStore implements UserStore {
  private final Jdbi jdbi;

  public JdbiUserStore(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public Optional<User> findByUsername(String username) {
    return jdbi.withHandle(handle -> byName(handle, username));
  }

  private static Optional<User> byName(Handle handle, String username) {
    return handle
        .createQuery("SELECT " + UserRows.COLUMNS + " FROM users WHERE username = ?")
        .bind(0, username)
        .map((rs, ctx) -> UserRows.user(rs))
        .findOne();
  }

  @Override
  public Optional<User> findById(long id) {
    return jdbi.withHandle(handle -> byId(handle, id));
  }

  static Optional<User> byId(Handle handle, long id) {
    return handle
        .createQuery("SELECT " + UserRows.COLUMNS + " FROM users WHERE id = ?")
        .bind(0, id)
        .map((rs, ctx) -> UserRows.user(rs))
        .findOne();
  }

  @Override
  public Optional<String> passwordHash(long userId) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery("SELECT password_hash FROM users WHERE id = ? AND kind = 'user'")
                .bind(0, userId)
                .mapTo(String.class)
                .findOne());
  }

  @Override
  public User create(String username, String passwordHash, Role role) {
    return jdbi.inTransaction(
        handle -> insert(handle, username, passwordHash, role, AccountKind.USER));
  }

  /** Inserts an account; shared with {@link JdbiApiKeyStore} for service accounts. */
  static User insert(
      Handle handle, String username, String passwordHash, Role role, AccountKind kind) {
    String now = Instant.now().toString();
    try {
      long id =
          handle
              .createUpdate(
                  "INSERT INTO users (username, password_hash, role, kind, created_at, updated_at)"
                      + " VALUES (?, ?, ?, ?, ?, ?)")
              .bind(0, username)
              .bind(1, passwordHash)
              .bind(2, role.wireName())
              .bind(3, kind.wireName())
              .bind(4, now)
              .bind(5, now)
              .executeAndReturnGeneratedKeys("id")
              .mapTo(Long.class)
              .one();
      return byId(handle, id).orElseThrow();
    } catch (UnableToExecuteStatementException e) {
      if (String.valueOf(e.getMessage()).contains("UNIQUE")) {
        throw new UserConflictException(username);
      }
      throw e;
    }
  }

  @Override
  public ResultPage<User> list(int limit, int offset) {
    return jdbi.withHandle(
        handle ->
            new ResultPage<>(
                handle
                    .createQuery(
                        "SELECT "
                            + UserRows.COLUMNS
                            + " FROM users ORDER BY username COLLATE NOCASE LIMIT ? OFFSET ?")
                    .bind(0, limit)
                    .bind(1, offset)
                    .map((rs, ctx) -> UserRows.user(rs))
                    .list(),
                count(handle)));
  }

  @Override
  public long count() {
    return jdbi.withHandle(JdbiUserStore::count);
  }

  private static long count(Handle handle) {
    return handle.createQuery("SELECT COUNT(*) FROM users").mapTo(Long.class).one();
  }

  @Override
  public void recordLogin(long userId) {
    jdbi.useHandle(
        handle ->
            handle.execute(
                "UPDATE users SET last_login_at = ? WHERE id = ?",
                Instant.now().toString(),
                userId));
  }

  @Override
  public User updateRole(long userId, Role role) {
    return jdbi.inTransaction(
        handle -> {
          User user = existing(handle, userId);
          if (role != Role.ADMIN) {
            requireOtherAdmin(handle, user);
          }
          handle.execute("UPDATE users SET role = ? WHERE id = ?", role.wireName(), userId);
          return endCredentials(handle, userId, "role changed");
        });
  }

  @Override
  public User setActive(long userId, boolean active) {
    return jdbi.inTransaction(
        handle -> {
          User user = existing(handle, userId);
          if (!active) {
            requireOtherAdmin(handle, user);
          }
          handle.execute("UPDATE users SET active = ? WHERE id = ?", active ? 1 : 0, userId);
          return endCredentials(handle, userId, active ? "enabled" : "disabled");
        });
  }

  @Override
  public void setPasswordHash(long userId, String passwordHash) {
    jdbi.useTransaction(
        handle -> {
          existing(handle, userId);
          handle.execute(
              "UPDATE users SET password_hash = ? WHERE id = ? AND kind = 'user'",
              passwordHash,
              userId);
          endCredentials(handle, userId, "password changed");
        });
  }

  @Override
  public void delete(long userId) {
    jdbi.useTransaction(
        handle -> {
          requireOtherAdmin(handle, existing(handle, userId));
          handle.execute("DELETE FROM users WHERE id = ?", userId);
        });
  }

  private static User existing(Handle handle, long userId) {
    return byId(handle, userId).orElseThrow(() -> new AuthNotFoundException("user", "#" + userId));
  }

  /** Raises the token version and revokes every session, so earlier tokens stop at once. */
  private static User endCredentials(Handle handle, long userId, String reason) {
    long now = Instant.now().toEpochMilli();
    handle.execute(
        "UPDATE users SET token_version = token_version + 1, updated_at = ? WHERE id = ?",
        Instant.ofEpochMilli(now).toString(),
        userId);
    handle.execute(
        "UPDATE sessions SET revoked_at = ?, revoke_reason = ?"
            + " WHERE user_id = ? AND revoked_at IS NULL",
        now,
        reason,
        userId);
    return existing(handle, userId);
  }

  /** Rejects a change that takes the admin role from the last active person who has it. */
  private static void requireOtherAdmin(Handle handle, User user) {
    boolean lastCandidate =
        user.role() == Role.ADMIN && user.active() && user.kind() == AccountKind.USER;
    if (!lastCandidate) {
      return;
    }
    long others =
        handle
            .createQuery(
                "SELECT COUNT(*) FROM users"
                    + " WHERE role = 'admin' AND active = 1 AND kind = 'user' AND id <> ?")
            .bind(0, user.id())
            .mapTo(Long.class)
            .one();
    if (others == 0) {
      throw new AuthConflictException(
          "'"
              + user.username()
              + "' is the last active admin; make another user admin before removing this one");
    }
  }
}

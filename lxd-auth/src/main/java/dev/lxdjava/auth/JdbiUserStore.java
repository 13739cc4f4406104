package dev.lxdjava.auth;

import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/** {@link UserStore} in SQL through Jdbi. */
public final class JdbiUserStore implements UserStore {
  private static final String COLUMNS =
      "id, username, role, active, token_version, created_at, updated_at, last_login_at";

  private final Jdbi jdbi;

  public JdbiUserStore(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public Optional<User> findByUsername(String username) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery("SELECT " + COLUMNS + " FROM users WHERE username = ?")
                .bind(0, username)
                .map((rs, ctx) -> UserRows.user(rs))
                .findOne());
  }

  @Override
  public Optional<User> findById(long id) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery("SELECT " + COLUMNS + " FROM users WHERE id = ?")
                .bind(0, id)
                .map((rs, ctx) -> UserRows.user(rs))
                .findOne());
  }

  @Override
  public Optional<String> passwordHash(long userId) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery("SELECT password_hash FROM users WHERE id = ?")
                .bind(0, userId)
                .mapTo(String.class)
                .findOne());
  }

  @Override
  public User create(String username, String passwordHash, Role role) {
    String now = Instant.now().toString();
    try {
      long id =
          jdbi.withHandle(
              handle ->
                  handle
                      .createUpdate(
                          "INSERT INTO users (username, password_hash, role, created_at, updated_at)"
                              + " VALUES (?, ?, ?, ?, ?)")
                      .bind(0, username)
                      .bind(1, passwordHash)
                      .bind(2, role.wireName())
                      .bind(3, now)
                      .bind(4, now)
                      .executeAndReturnGeneratedKeys("id")
                      .mapTo(Long.class)
                      .one());
      return findById(id).orElseThrow();
    } catch (UnableToExecuteStatementException e) {
      if (String.valueOf(e.getMessage()).contains("UNIQUE")) {
        throw new UserConflictException(username);
      }
      throw e;
    }
  }

  @Override
  public long count() {
    return jdbi.withHandle(
        handle -> handle.createQuery("SELECT COUNT(*) FROM users").mapTo(Long.class).one());
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
}

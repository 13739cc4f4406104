package dev.lxdjava.auth;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** {@link ApiKeyStore} in SQL through Jdbi. */
public final class JdbiApiKeyStore implements ApiKeyStore {
  /** Service accounts have no password; this value never matches a bcrypt check. */
  private static final String NO_PASSWORD = "!";

  private static final String SELECT =
      "SELECT api_keys.id, api_keys.user_id, users.username, users.role, api_keys.key_prefix,"
          + " api_keys.created_by, api_keys.created_at, api_keys.expires_at, api_keys.last_used_at"
          + " FROM api_keys JOIN users ON users.id = api_keys.user_id";

  private final Jdbi jdbi;

  public JdbiApiKeyStore(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public ApiKey create(NewKey key) {
    return jdbi.inTransaction(
        handle -> {
          User account =
              JdbiUserStore.insert(
                  handle, key.name(), NO_PASSWORD, key.role(), AccountKind.SERVICE);
          handle.execute(
              "INSERT INTO api_keys (user_id, key_hash, key_prefix, created_by, created_at,"
                  + " expires_at) VALUES (?, ?, ?, ?, ?, ?)",
              account.id(),
              key.keyHash(),
              key.prefix(),
              key.createdBy(),
              key.createdAt().toEpochMilli(),
              key.expiresAt() == null ? null : key.expiresAt().toEpochMilli());
          return handle
              .createQuery(SELECT + " WHERE api_keys.user_id = ?")
              .bind(0, account.id())
              .map((rs, ctx) -> apiKey(rs))
              .one();
        });
  }

  @Override
  public Optional<ApiKey> findByHash(String keyHash) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(SELECT + " WHERE api_keys.key_hash = ?")
                .bind(0, keyHash)
                .map((rs, ctx) -> apiKey(rs))
                .findOne());
  }

  @Override
  public Optional<ApiKey> findByName(String name) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(SELECT + " WHERE users.username = ?")
                .bind(0, name)
                .map((rs, ctx) -> apiKey(rs))
                .findOne());
  }

  @Override
  public ResultPage<ApiKey> list(int limit, int offset) {
    return jdbi.withHandle(
        handle ->
            new ResultPage<>(
                handle
                    .createQuery(
                        SELECT + " ORDER BY users.username COLLATE NOCASE LIMIT ? OFFSET ?")
                    .bind(0, limit)
                    .bind(1, offset)
                    .map((rs, ctx) -> apiKey(rs))
                    .list(),
                handle.createQuery("SELECT COUNT(*) FROM api_keys").mapTo(Long.class).one()));
  }

  @Override
  public boolean delete(String name) {
    return jdbi.withHandle(
            handle ->
                handle.execute(
                    "DELETE FROM users WHERE username = ? AND kind = 'service'"
                        + " AND id IN (SELECT user_id FROM api_keys)",
                    name))
        > 0;
  }

  @Override
  public void touch(long keyId, Instant now) {
    jdbi.useHandle(
        handle ->
            handle.execute(
                "UPDATE api_keys SET last_used_at = ? WHERE id = ?", now.toEpochMilli(), keyId));
  }

  private static ApiKey apiKey(ResultSet rs) throws SQLException {
    return new ApiKey(
        rs.getLong("id"),
        rs.getLong("user_id"),
        rs.getString("username"),
        Role.fromWireName(rs.getString("role")),
        rs.getString("key_prefix"),
        rs.getString("created_by"),
        UserRows.millis(rs, "created_at"),
        UserRows.millis(rs, "expires_at"),
        UserRows.millis(rs, "last_used_at"));
  }
}

package dev.lxdjava.auth;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** {@link SessionStore} in SQL through Jdbi. */
public final class JdbiSessionStore implements SessionStore {
  private static final String SESSION_COLUMNS =
      "sessions.id, sessions.user_id, sessions.created_at, sessions.expires_at,"
          + " sessions.revoked_at";

  private final Jdbi jdbi;

  public JdbiSessionStore(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public void create(Session session, String firstTokenHash) {
    jdbi.useTransaction(
        handle -> {
          handle.execute(
              "INSERT INTO sessions (id, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)",
              session.id(),
              session.userId(),
              session.createdAt().toEpochMilli(),
              session.expiresAt().toEpochMilli());
          insertToken(handle, session.id(), firstTokenHash, session.createdAt());
        });
  }

  private static void insertToken(Handle handle, String sessionId, String hash, Instant now) {
    handle.execute(
        "INSERT INTO refresh_tokens (token_hash, session_id, issued_at) VALUES (?, ?, ?)",
        hash,
        sessionId,
        now.toEpochMilli());
  }

  @Override
  public Optional<Session> findByToken(String tokenHash) {
    return jdbi.withHandle(handle -> byToken(handle, tokenHash).map(TokenRow::session));
  }

  private static Optional<TokenRow> byToken(Handle handle, String tokenHash) {
    return handle
        .createQuery(
            "SELECT "
                + SESSION_COLUMNS
                + ", refresh_tokens.used_at FROM refresh_tokens"
                + " JOIN sessions ON sessions.id = refresh_tokens.session_id"
                + " WHERE refresh_tokens.token_hash = ?")
        .bind(0, tokenHash)
        .map((rs, ctx) -> new TokenRow(session(rs), UserRows.millis(rs, "used_at")))
        .findOne();
  }

  private static Session session(ResultSet rs) throws SQLException {
    return new Session(
        rs.getString("id"),
        rs.getLong("user_id"),
        UserRows.millis(rs, "created_at"),
        UserRows.millis(rs, "expires_at"),
        UserRows.millis(rs, "revoked_at"));
  }

  @Override
  public boolean isActive(String sessionId, Instant now) {
    return jdbi.withHandle(
        handle ->
            handle
                    .createQuery(
                        "SELECT COUNT(*) FROM sessions"
                            + " WHERE id = ? AND revoked_at IS NULL AND expires_at > ?")
                    .bind(0, sessionId)
                    .bind(1, now.toEpochMilli())
                    .mapTo(Integer.class)
                    .one()
                > 0);
  }

  @Override
  public Rotation rotate(String oldTokenHash, String newTokenHash, Instant now) {
    return jdbi.inTransaction(
        handle -> {
          Optional<TokenRow> found = byToken(handle, oldTokenHash);
          if (found.isEmpty()) {
            return new Rotation(Outcome.UNKNOWN, null);
          }
          Session session = found.get().session();
          if (session.revokedAt() != null || !session.expiresAt().isAfter(now)) {
            return new Rotation(Outcome.ENDED, session);
          }
          if (found.get().usedAt() != null) {
            revoke(handle, session.id(), "refresh token reused", now);
            return new Rotation(Outcome.REUSED, session);
          }
          handle.execute(
              "UPDATE refresh_tokens SET used_at = ? WHERE token_hash = ?",
              now.toEpochMilli(),
              oldTokenHash);
          insertToken(handle, session.id(), newTokenHash, now);
          return new Rotation(Outcome.ROTATED, session);
        });
  }

  @Override
  public void revoke(String sessionId, String reason, Instant now) {
    jdbi.useHandle(handle -> revoke(handle, sessionId, reason, now));
  }

  private static void revoke(Handle handle, String sessionId, String reason, Instant now) {
    handle.execute(
        "UPDATE sessions SET revoked_at = ?, revoke_reason = ? WHERE id = ? AND revoked_at IS NULL",
        now.toEpochMilli(),
        reason,
        sessionId);
  }

  @Override
  public void revokeAll(long userId, String reason, Instant now) {
    jdbi.useHandle(
        handle ->
            handle.execute(
                "UPDATE sessions SET revoked_at = ?, revoke_reason = ?"
                    + " WHERE user_id = ? AND revoked_at IS NULL",
                now.toEpochMilli(),
                reason,
                userId));
  }

  @Override
  public int deleteExpired(Instant cutoff) {
    return jdbi.withHandle(
        handle ->
            handle.execute("DELETE FROM sessions WHERE expires_at < ?", cutoff.toEpochMilli()));
  }

  private record TokenRow(Session session, Instant usedAt) {}
}

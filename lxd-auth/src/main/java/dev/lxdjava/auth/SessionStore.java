package dev.lxdjava.auth;

import java.time.Instant;
import java.util.Optional;

/**
 * Login sessions and their refresh tokens, stored as hashes. A session is one login; its refresh
 * tokens form a family that rotates on every use. {@link JdbiSessionStore} keeps them in SQLite.
 */
public interface SessionStore {

  /** Starts a session for a user with its first refresh token. */
  void create(Session session, String firstTokenHash);

  /** Finds the session a refresh token belongs to, used or not. */
  Optional<Session> findByToken(String tokenHash);

  /** Whether the session exists, is not revoked and has not expired at {@code now}. */
  boolean isActive(String sessionId, Instant now);

  /**
   * Replaces an unused refresh token with a new one in one transaction. A token that was already
   * used revokes its whole session (theft detection) before this method returns.
   */
  Rotation rotate(String oldTokenHash, String newTokenHash, Instant now);

  /** Revokes one session; does nothing if it is unknown or already revoked. */
  void revoke(String sessionId, String reason, Instant now);

  /** Revokes every session of a user. */
  void revokeAll(long userId, String reason, Instant now);

  /** Deletes sessions that expired before {@code cutoff}; returns how many. */
  int deleteExpired(Instant cutoff);

  /**
   * A login session.
   *
   * @param id random session id, also the {@code sid} claim of its access tokens
   * @param userId the user
   * @param createdAt login time
   * @param expiresAt end of the session: refresh tokens rotate within it but never extend it
   * @param revokedAt when it was revoked, or {@code null}
   */
  record Session(String id, long userId, Instant createdAt, Instant expiresAt, Instant revokedAt) {}

  /** The result of {@link #rotate}. */
  enum Outcome {
    /** The old token was valid; the new one replaces it. */
    ROTATED,
    /** No such token. */
    UNKNOWN,
    /** The session has ended: expired or revoked. */
    ENDED,
    /** The token had been used before; its session is now revoked. */
    REUSED
  }

  /**
   * The result of {@link #rotate}.
   *
   * @param outcome what happened
   * @param session the token's session, or {@code null} for {@link Outcome#UNKNOWN}
   */
  record Rotation(Outcome outcome, Session session) {}
}

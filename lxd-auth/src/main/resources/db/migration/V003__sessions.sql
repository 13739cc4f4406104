-- A session is one login: the family of refresh tokens that rotate from it.
-- Times in this and later tables are epoch milliseconds, so range queries compare numbers.
CREATE TABLE sessions (
  id            TEXT    PRIMARY KEY,
  user_id       INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  created_at    INTEGER NOT NULL,
  expires_at    INTEGER NOT NULL,
  revoked_at    INTEGER,
  revoke_reason TEXT
);

CREATE INDEX sessions_user ON sessions (user_id);

-- Refresh tokens are stored as SHA-256 hashes only. used_at is set when a token is rotated;
-- presenting a used token again revokes its session.
CREATE TABLE refresh_tokens (
  token_hash TEXT    PRIMARY KEY,
  session_id TEXT    NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
  issued_at  INTEGER NOT NULL,
  used_at    INTEGER
);

CREATE INDEX refresh_tokens_session ON refresh_tokens (session_id);

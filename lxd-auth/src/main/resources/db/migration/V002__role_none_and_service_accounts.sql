-- SQLite cannot change a CHECK constraint in place, so the users table is rebuilt:
-- the global role may now be 'none', and 'kind' tells people from API-key service accounts.
CREATE TABLE users_v2 (
  id            INTEGER PRIMARY KEY AUTOINCREMENT,
  username      TEXT    NOT NULL UNIQUE COLLATE NOCASE,
  password_hash TEXT    NOT NULL,
  role          TEXT    NOT NULL CHECK (role IN ('none', 'viewer', 'operator', 'admin')),
  kind          TEXT    NOT NULL DEFAULT 'user' CHECK (kind IN ('user', 'service')),
  active        INTEGER NOT NULL DEFAULT 1,
  token_version INTEGER NOT NULL DEFAULT 0,
  created_at    TEXT    NOT NULL,
  updated_at    TEXT    NOT NULL,
  last_login_at TEXT
);

INSERT INTO users_v2 (id, username, password_hash, role, active, token_version, created_at,
                      updated_at, last_login_at)
SELECT id, username, password_hash, role, active, token_version, created_at, updated_at,
       last_login_at
FROM users;

DROP TABLE users;

ALTER TABLE users_v2 RENAME TO users;

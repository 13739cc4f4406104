-- The audit trail. user_id has no foreign key: rows outlive the accounts they name.
CREATE TABLE audit_events (
  id           INTEGER PRIMARY KEY AUTOINCREMENT,
  occurred_at  INTEGER NOT NULL,
  action       TEXT    NOT NULL,
  user_id      INTEGER,
  username     TEXT,
  client_ip    TEXT,
  request_id   TEXT,
  method       TEXT,
  route        TEXT,
  project      TEXT,
  target       TEXT,
  status       INTEGER NOT NULL,
  outcome      TEXT    NOT NULL CHECK (outcome IN ('success', 'denied', 'failure')),
  operation_id TEXT,
  detail       TEXT
);

CREATE INDEX audit_events_time ON audit_events (occurred_at);

CREATE INDEX audit_events_user ON audit_events (username COLLATE NOCASE, occurred_at);

CREATE INDEX audit_events_project ON audit_events (project, occurred_at);

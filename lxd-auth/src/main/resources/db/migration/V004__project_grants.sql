-- A role for one user inside one LXD project, on top of the user's global role.
CREATE TABLE grants (
  user_id    INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  project    TEXT    NOT NULL,
  role       TEXT    NOT NULL CHECK (role IN ('viewer', 'operator', 'admin')),
  created_at INTEGER NOT NULL,
  PRIMARY KEY (user_id, project)
);

CREATE INDEX grants_project ON grants (project);

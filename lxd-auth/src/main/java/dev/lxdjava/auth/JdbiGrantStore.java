package dev.lxdjava.auth;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** {@link GrantStore} in SQL through Jdbi. */
public final class JdbiGrantStore implements GrantStore {
  private static final String SELECT =
      "SELECT users.username, grants.project, grants.role, grants.created_at"
          + " FROM grants JOIN users ON users.id = grants.user_id";

  private final Jdbi jdbi;

  public JdbiGrantStore(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public Optional<Role> find(long userId, String project) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery("SELECT role FROM grants WHERE user_id = ? AND project = ?")
                .bind(0, userId)
                .bind(1, project)
                .mapTo(String.class)
                .findOne()
                .map(Role::fromWireName));
  }

  @Override
  public List<Grant> ofUser(long userId) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(SELECT + " WHERE grants.user_id = ? ORDER BY grants.project")
                .bind(0, userId)
                .map((rs, ctx) -> grant(rs))
                .list());
  }

  @Override
  public List<Grant> inProject(String project) {
    return jdbi.withHandle(
        handle -> {
          if (project == null) {
            return handle
                .createQuery(SELECT + " ORDER BY grants.project, users.username COLLATE NOCASE")
                .map((rs, ctx) -> grant(rs))
                .list();
          }
          return handle
              .createQuery(
                  SELECT + " WHERE grants.project = ? ORDER BY users.username COLLATE NOCASE")
              .bind(0, project)
              .map((rs, ctx) -> grant(rs))
              .list();
        });
  }

  @Override
  public Grant put(long userId, String project, Role role) {
    long now = Instant.now().toEpochMilli();
    jdbi.useHandle(
        handle ->
            handle.execute(
                "INSERT INTO grants (user_id, project, role, created_at) VALUES (?, ?, ?, ?)"
                    + " ON CONFLICT (user_id, project)"
                    + " DO UPDATE SET role = excluded.role, created_at = excluded.created_at",
                userId,
                project,
                role.wireName(),
                now));
    return ofUser(userId).stream()
        .filter(grant -> grant.project().equals(project))
        .findFirst()
        .orElseThrow();
  }

  @Override
  public boolean remove(long userId, String project) {
    return jdbi.withHandle(
            handle ->
                handle.execute(
                    "DELETE FROM grants WHERE user_id = ? AND project = ?", userId, project))
        > 0;
  }

  private static Grant grant(ResultSet rs) throws SQLException {
    return new Grant(
        rs.getString("username"),
        rs.getString("project"),
        Role.fromWireName(rs.getString("role")),
        Instant.ofEpochMilli(rs.getLong("created_at")));
  }
}

package dev.lxdjava.auth;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/** Maps rows of the {@code users} table, and the epoch-millisecond columns of newer tables. */
final class UserRows {
  /** The columns {@link #user} reads, for {@code SELECT} lists. */
  static final String COLUMNS =
      "users.id, users.username, users.role, users.active, users.token_version, users.created_at,"
          + " users.updated_at, users.last_login_at, users.kind";

  private UserRows() {}

  static User user(ResultSet rs) throws SQLException {
    return new User(
        rs.getLong("id"),
        rs.getString("username"),
        Role.fromWireName(rs.getString("role")),
        rs.getInt("active") != 0,
        rs.getInt("token_version"),
        instant(rs.getString("created_at")),
        instant(rs.getString("updated_at")),
        instant(rs.getString("last_login_at")),
        AccountKind.fromWireName(rs.getString("kind")));
  }

  static Instant instant(String value) {
    return value == null ? null : Instant.parse(value);
  }

  /** An epoch-millisecond column, or {@code null}. */
  static Instant millis(ResultSet rs, String column) throws SQLException {
    long value = rs.getLong(column);
    return rs.wasNull() ? null : Instant.ofEpochMilli(value);
  }
}

package dev.lxdjava.auth;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/** Maps rows of the {@code users} table. */
final class UserRows {
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
        instant(rs.getString("last_login_at")));
  }

  static Instant instant(String value) {
    return value == null ? null : Instant.parse(value);
  }
}

package dev.lxdjava.auth;

import java.util.Locale;

/**
 * Role of a gateway user, globally or inside one LXD project. Each role includes the rights of the
 * roles before it. {@link #NONE} as a global role means the user acts only where a project grant
 * allows it.
 */
public enum Role {
  /** No rights of its own: a user with this global role needs a project grant for everything. */
  NONE,
  /** Reads everything it may see. */
  VIEWER,
  /** Also runs lifecycle actions, exec, snapshots, backups, file transfers. */
  OPERATOR,
  /** Also creates and deletes instances; as a global role, also infrastructure and users. */
  ADMIN;

  /** Whether this role includes the rights of {@code required}. */
  public boolean includes(Role required) {
    return compareTo(required) >= 0;
  }

  /** The higher of two roles. */
  public static Role max(Role a, Role b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  /** The lower-case name used in JSON and in the database. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Maps {@code none}, {@code viewer}, {@code operator} or {@code admin}.
   *
   * @throws AuthValidationException for any other value
   */
  public static Role fromWireName(String value) {
    for (Role role : values()) {
      if (role.wireName().equals(value)) {
        return role;
      }
    }
    throw new AuthValidationException(
        "role", String.valueOf(value), "must be none, viewer, operator or admin");
  }

  /**
   * Maps the role of a project grant: {@code viewer}, {@code operator} or {@code admin}.
   *
   * @throws AuthValidationException for {@code none} or any other value
   */
  public static Role grantRole(String value) {
    for (Role role : values()) {
      if (role != NONE && role.wireName().equals(value)) {
        return role;
      }
    }
    throw new AuthValidationException(
        "role", String.valueOf(value), "must be viewer, operator or admin for a project grant");
  }
}

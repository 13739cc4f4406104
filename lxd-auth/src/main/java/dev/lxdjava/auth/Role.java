package dev.lxdjava.auth;

import java.util.Locale;

/** Global role of a gateway user. Each role includes the rights of the roles before it. */
public enum Role {
  /** Reads everything it may see. */
  VIEWER,
  /** Also runs lifecycle actions, exec, snapshots, backups, file transfers. */
  OPERATOR,
  /** Also creates and deletes instances and infrastructure, and manages users. */
  ADMIN;

  /** Whether this role includes the rights of {@code required}. */
  public boolean includes(Role required) {
    return compareTo(required) >= 0;
  }

  /** The lower-case name used in JSON and in the database. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Maps {@code viewer}, {@code operator} or {@code admin}.
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
        "role", String.valueOf(value), "must be viewer, operator or admin");
  }
}

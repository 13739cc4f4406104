package dev.lxdjava.server.http;

import dev.lxdjava.auth.Role;
import io.javalin.security.RouteRole;

/**
 * The access a route requires. Every route declares exactly one; a route without one is refused
 * with 500 by {@link Authentication}, so a forgotten declaration fails closed.
 */
public enum Access implements RouteRole {
  /** Anyone, without a token. */
  PUBLIC(null),
  VIEWER(Role.VIEWER),
  OPERATOR(Role.OPERATOR),
  ADMIN(Role.ADMIN);

  private final Role role;

  Access(Role role) {
    this.role = role;
  }

  /** The role needed, or {@code null} for {@link #PUBLIC}. */
  public Role role() {
    return role;
  }
}

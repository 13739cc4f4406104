package dev.lxdjava.server.http;

import dev.lxdjava.auth.Role;
import io.javalin.security.RouteRole;

/**
 * The access a route requires. Every route declares exactly one; a route without one is refused
 * with 500 by {@link Authentication}, so a forgotten declaration fails closed.
 *
 * <p>{@link #VIEWER}, {@link #OPERATOR} and {@link #PROJECT_ADMIN} are checked in the route's
 * project: the caller needs the role globally or through a grant for that project. Where the
 * project comes from is the route's {@link ProjectFrom}, by default the {@code project} query
 * parameter. {@link #ADMIN} always needs the global admin role, so admin areas (users, grants, API
 * keys, audit, storage pools, networks, projects) stay closed to project grants.
 */
public enum Access implements RouteRole {
  /** Anyone, without a credential. */
  PUBLIC(null, false),
  /** Any valid credential, also of an account whose global role is {@code none}. */
  AUTHENTICATED(Role.NONE, false),
  /** Viewer in the route's project. */
  VIEWER(Role.VIEWER, true),
  /** Operator in the route's project. */
  OPERATOR(Role.OPERATOR, true),
  /** Admin in the route's project: a global admin or a project admin grant. */
  PROJECT_ADMIN(Role.ADMIN, true),
  /** Global admin; project grants never count. */
  ADMIN(Role.ADMIN, false);

  private final Role role;
  private final boolean projectScoped;

  Access(Role role, boolean projectScoped) {
    this.role = role;
    this.projectScoped = projectScoped;
  }

  /** The role needed, or {@code null} for {@link #PUBLIC}. */
  public Role role() {
    return role;
  }

  /** Whether a project grant can give the role. */
  public boolean projectScoped() {
    return projectScoped;
  }
}

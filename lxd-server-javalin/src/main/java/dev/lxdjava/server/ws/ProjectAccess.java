package dev.lxdjava.server.ws;

import dev.lxdjava.auth.User;

/**
 * Decides which LXD projects a user may see, for the relays that can span projects (events). The
 * one function to replace when per-project grants exist.
 */
@FunctionalInterface
public interface ProjectAccess {

  /** Whether {@code user} may see objects and events of {@code project}. */
  boolean mayView(User user, String project);

  /**
   * Returns the rule for now: every authenticated user sees every project, and route access levels
   * still apply.
   *
   * <p>TODO: replace with the per-project grants of the user store once they exist.
   */
  static ProjectAccess allProjects() {
    return (user, project) -> true;
  }
}

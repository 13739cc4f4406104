package dev.lxdjava.auth;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * Decides what an account may do. The effective role in a project is the higher of the account's
 * global role and its grant for that project; where no project applies, only the global role
 * counts.
 */
public final class Authorizer {
  private final GrantStore grants;

  public Authorizer(GrantStore grants) {
    this.grants = grants;
  }

  /**
   * The account's effective role in a project, or its global role when {@code project} is {@code
   * null}.
   */
  public Role effectiveRole(User user, String project) {
    if (project == null || user.role() == Role.ADMIN) {
      return user.role();
    }
    return grants.find(user.id(), project).map(g -> Role.max(g, user.role())).orElse(user.role());
  }

  /** Whether the account holds at least {@code required} in the project (or globally). */
  public boolean allows(User user, Role required, String project) {
    return effectiveRole(user, project).includes(required);
  }

  /** The projects in which the account holds at least {@code required}. */
  public ProjectSet visibleProjects(User user, Role required) {
    if (user.role().includes(required)) {
      return ProjectSet.everyProject();
    }
    Set<String> projects =
        grants.ofUser(user.id()).stream()
            .filter(grant -> grant.role().includes(required))
            .map(Grant::project)
            .collect(Collectors.toSet());
    return new ProjectSet(false, projects);
  }
}

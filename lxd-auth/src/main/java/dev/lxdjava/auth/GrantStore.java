package dev.lxdjava.auth;

import java.util.List;
import java.util.Optional;

/** Project grants. {@link JdbiGrantStore} keeps them in SQLite. */
public interface GrantStore {

  /** The role an account holds in a project through a grant, if any. */
  Optional<Role> find(long userId, String project);

  /** An account's grants, ordered by project. */
  List<Grant> ofUser(long userId);

  /** All grants in a project, or in every project when {@code project} is {@code null}. */
  List<Grant> inProject(String project);

  /** Creates or replaces the account's grant in the project. */
  Grant put(long userId, String project, Role role);

  /** Removes the grant; returns whether there was one. */
  boolean remove(long userId, String project);
}

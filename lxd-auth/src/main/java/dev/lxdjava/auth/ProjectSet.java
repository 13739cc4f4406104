package dev.lxdjava.auth;

import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * The LXD projects in which an account holds at least some role: every project, or a named few.
 * Routes that list across projects keep only the items of projects in this set.
 *
 * @param all whether every project is included (a high enough global role)
 * @param projects the included projects in name order when {@code all} is false
 */
public record ProjectSet(boolean all, Set<String> projects) {
  public ProjectSet {
    projects = all ? Set.of() : Collections.unmodifiableSortedSet(new TreeSet<>(projects));
  }

  /** Every project. */
  public static ProjectSet everyProject() {
    return new ProjectSet(true, Set.of());
  }

  /** Whether the set includes the project. */
  public boolean contains(String project) {
    return all || projects.contains(project);
  }

  /** Whether the set includes no project at all. */
  public boolean isEmpty() {
    return !all && projects.isEmpty();
  }
}

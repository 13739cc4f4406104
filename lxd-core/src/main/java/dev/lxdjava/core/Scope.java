package dev.lxdjava.core;

/**
 * Where requests act: an LXD project and, in a cluster, an optional target member. Every request
 * carries the project as {@code project=}; {@code target=} is sent only where LXD accepts it.
 *
 * @param project project name; {@code default} is LXD's default project
 * @param target cluster member name, or empty for "let LXD choose"
 */
public record Scope(String project, String target) {
  /** The scope LXD assumes when a request names no project. */
  public static final Scope DEFAULT = new Scope("default", "");

  public Scope {
    project = Names.segment("project name", project);
    target = target == null ? "" : target;
    if (!target.isEmpty()) {
      Names.segment("cluster member name", target);
    }
  }

  /** The same target in another project. */
  public Scope withProject(String newProject) {
    return new Scope(newProject, target);
  }

  /** The same project on another cluster member; empty clears the target. */
  public Scope withTarget(String newTarget) {
    return new Scope(project, newTarget);
  }

  /** Whether a cluster member is named. */
  public boolean hasTarget() {
    return !target.isEmpty();
  }
}

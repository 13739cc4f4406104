package dev.lxdjava.server.http;

import io.javalin.http.Context;

/**
 * Which LXD projects the caller of a request may see, for routes that gather objects across
 * projects. {@link #ALL} lets every authenticated caller see every project, which matches roles
 * that apply to the whole daemon.
 */
@FunctionalInterface
public interface ProjectVisibility {
  /** Every project is visible. */
  ProjectVisibility ALL = (ctx, project) -> true;

  /** Whether the caller of {@code ctx} may see objects of {@code project}. */
  boolean canSee(Context ctx, String project);
}

package dev.lxdjava.server.routes;

import java.util.Map;

/** JSON bodies of the project routes, with LXD's field names. */
final class ProjectBodies {
  private ProjectBodies() {}

  /** {@code POST /api/v1/projects}; {@code config} contains {@code features.*} and limits. */
  record Create(String name, String description, Map<String, String> config) {}

  /** {@code PUT} (absent fields become empty) and {@code PATCH} (merges) of a project. */
  record Update(String description, Map<String, String> config) {}
}

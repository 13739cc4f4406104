package dev.lxdjava.core.project;

import java.util.Map;

/**
 * The writable part of a project. On {@link Projects#update} (PUT) it replaces the project's
 * description and configuration, and a {@code null} component is sent empty. On {@link
 * Projects#patch} (PATCH) a {@code null} component is left out, so LXD keeps it, and configuration
 * keys merge into the existing ones.
 *
 * @param description free text, or {@code null}
 * @param config project configuration, or {@code null}
 */
public record ProjectUpdate(String description, Map<String, String> config) {

  public ProjectUpdate {
    config = config == null ? null : Map.copyOf(config);
  }

  /** The writable part of {@code project} as it is, to change and send back. */
  public static ProjectUpdate from(Project project) {
    return new ProjectUpdate(project.description(), project.config());
  }

  /** A patch that sets the given configuration keys only. */
  public static ProjectUpdate config(Map<String, String> config) {
    return new ProjectUpdate(null, config);
  }
}

package dev.lxdjava.core.project;

import java.util.List;
import java.util.Map;

/**
 * An LXD project as LXD returned it ({@code GET /1.0/projects/{name}}).
 *
 * @param name project name
 * @param description free text
 * @param config project configuration: {@code features.*}, {@code limits.*}, {@code restricted.*}
 * @param usedBy URLs of the objects in the project
 */
public record Project(
    String name, String description, Map<String, String> config, List<String> usedBy) {

  public Project {
    description = description == null ? "" : description;
    config = config == null ? Map.of() : Map.copyOf(config);
    usedBy = usedBy == null ? List.of() : List.copyOf(usedBy);
  }

  /** Whether the project has its own objects of a kind, for example {@code images}. */
  public boolean hasFeature(String feature) {
    return "true".equals(config.get("features." + feature));
  }
}

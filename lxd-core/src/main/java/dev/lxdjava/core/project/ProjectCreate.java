package dev.lxdjava.core.project;

import dev.lxdjava.core.Names;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A request to create a project ({@code POST /1.0/projects}).
 *
 * @param name project name, valid by {@link Names#project(String)}
 * @param description free text
 * @param config project configuration; LXD 5.0 sets {@code features.images}, {@code
 *     features.profiles} and {@code features.storage.volumes} to {@code true} when none of the
 *     features is given
 */
public record ProjectCreate(String name, String description, Map<String, String> config) {

  public ProjectCreate {
    Names.project(name);
    description = description == null ? "" : description;
    config = config == null ? Map.of() : Map.copyOf(config);
  }

  /** A project with LXD's default features. */
  public static ProjectCreate of(String name) {
    return new ProjectCreate(name, "", Map.of());
  }

  /**
   * The same request with {@code features.<feature>} set, for example {@code withFeature("images",
   * true)}.
   */
  public ProjectCreate withFeature(String feature, boolean enabled) {
    Map<String, String> changed = new LinkedHashMap<>(config);
    changed.put("features." + feature, Boolean.toString(enabled));
    return new ProjectCreate(name, description, changed);
  }
}

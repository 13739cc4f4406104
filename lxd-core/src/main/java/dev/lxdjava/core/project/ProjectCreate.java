package dev.lxdjava.core.project;

import dev.lxdjava.core.Names;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A request to create a project ({@code POST /1.0/projects}).
 *
 * @param name project name, valid by {@link Names#project(String)}
 * @param description free text
 * @param config project configuration; LXD 5.0 sets each of {@code features.images}, {@code
 *     features.profiles} and {@code features.storage.volumes} that the request leaves out to {@code
 *     true}. A project with its own profiles starts with an empty {@code default} profile, without
 *     a root disk, so instances need {@code features.profiles=false} or a profile of their own.
 */
public record ProjectCreate(String name, String description, Map<String, String> config) {

  public ProjectCreate {
    Names.project(name);
    description = description == null ? "" : description;
    config = config == null ? Map.of() : Map.copyOf(config);
  }

  /** Creates a request for a project with LXD's default features. */
  public static ProjectCreate of(String name) {
    return new ProjectCreate(name, "", Map.of());
  }

  /**
   * Returns the same request with {@code features.<feature>} set, for example {@code
   * withFeature("images", true)}.
   */
  public ProjectCreate withFeature(String feature, boolean enabled) {
    Map<String, String> changed = new LinkedHashMap<>(config);
    changed.put("features." + feature, Boolean.toString(enabled));
    return new ProjectCreate(name, description, changed);
  }
}

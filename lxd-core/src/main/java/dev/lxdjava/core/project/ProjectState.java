package dev.lxdjava.core.project;

import java.util.Map;

/**
 * Resource use of a project against its limits ({@code GET /1.0/projects/{name}/state}, API
 * extension {@code project_usage}).
 *
 * @param resources use per resource, keyed by LXD's names such as {@code instances}, {@code
 *     containers}, {@code cpu}, {@code memory}, {@code disk} and {@code networks}
 */
public record ProjectState(Map<String, ResourceUsage> resources) {

  public ProjectState {
    resources = resources == null ? Map.of() : Map.copyOf(resources);
  }

  /**
   * Use of one resource.
   *
   * @param limit the project's limit, or -1 for none
   * @param usage current use, in the resource's unit (a count, bytes, or CPUs)
   */
  public record ResourceUsage(long limit, long usage) {

    /** Whether the project limits this resource. */
    public boolean isLimited() {
      return limit >= 0;
    }
  }
}

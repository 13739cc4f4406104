package dev.lxdjava.core.event;

import dev.lxdjava.core.LxdValidationException;
import dev.lxdjava.core.Names;
import java.util.EnumSet;
import java.util.Set;

/**
 * The events a subscription receives: a set of types, from one project or from all projects. LXD
 * applies the filter itself, so each distinct filter is one connection to LXD.
 *
 * @param types event types; at least one
 * @param project the project, or empty when {@code allProjects} is set
 * @param allProjects whether events of every project are included
 */
public record EventFilter(Set<EventType> types, String project, boolean allProjects) {

  public EventFilter {
    if (types == null || types.isEmpty()) {
      throw new LxdValidationException(
          "event types", String.valueOf(types), "must name at least one type");
    }
    types = Set.copyOf(EnumSet.copyOf(types));
    project = project == null ? "" : project;
    if (allProjects && !project.isEmpty()) {
      throw new LxdValidationException(
          "event project", project, "must be empty when all projects are selected");
    }
    if (!allProjects) {
      Names.segment("project name", project);
    }
  }

  /** Events of these types in one project. */
  public static EventFilter project(String project, Set<EventType> types) {
    return new EventFilter(types, project, false);
  }

  /** Events of these types in every project. */
  public static EventFilter allProjects(Set<EventType> types) {
    return new EventFilter(types, "", true);
  }

  /** Whether an event passes this filter; LXD filters already, this guards shared streams. */
  public boolean matches(Event event) {
    if (!types.contains(event.type())) {
      return false;
    }
    return allProjects || event.project().isEmpty() || event.project().equals(project);
  }
}

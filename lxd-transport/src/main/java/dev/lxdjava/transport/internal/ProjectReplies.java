package dev.lxdjava.transport.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lxdjava.core.project.Project;
import dev.lxdjava.core.project.ProjectState;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Maps the {@code metadata} of project replies to the SDK's records. */
final class ProjectReplies {
  private ProjectReplies() {}

  static Project project(JsonNode node) {
    JsonFields project = JsonFields.of(node, "project");
    return new Project(
        project.text("name"),
        project.text("description"),
        project.textMap("config"),
        project.textList("used_by"));
  }

  static List<Project> projects(JsonNode node) {
    return StorageReplies.each(node, "project list", ProjectReplies::project);
  }

  /**
   * Maps a project's state. LXD 5.0 writes the fields of each resource as {@code Limit} and {@code
   * Usage}, capitalized, because its Go struct has no JSON tags; lower-case names are read too.
   */
  static ProjectState projectState(JsonNode node, String name) {
    JsonFields state = JsonFields.of(node, "state of project " + name);
    JsonFields resources = state.object("resources");
    Map<String, ProjectState.ResourceUsage> usage = new LinkedHashMap<>();
    resources
        .raw()
        .fieldNames()
        .forEachRemaining(
            resource -> {
              JsonFields fields = resources.object(resource);
              long limit = fields.has("Limit") ? fields.number("Limit") : fields.number("limit");
              long used = fields.has("Usage") ? fields.number("Usage") : fields.number("usage");
              usage.put(resource, new ProjectState.ResourceUsage(limit, used));
            });
    return new ProjectState(usage);
  }
}

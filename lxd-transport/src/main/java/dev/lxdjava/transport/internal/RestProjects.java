package dev.lxdjava.transport.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lxdjava.core.LxdNotFoundException;
import dev.lxdjava.core.Names;
import dev.lxdjava.core.Scope;
import dev.lxdjava.core.Tagged;
import dev.lxdjava.core.operation.OperationHandle;
import dev.lxdjava.core.project.Project;
import dev.lxdjava.core.project.ProjectCreate;
import dev.lxdjava.core.project.ProjectState;
import dev.lxdjava.core.project.ProjectUpdate;
import dev.lxdjava.core.project.Projects;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link Projects} over {@code /1.0/projects}. Projects are global, so paths carry no {@code
 * project=}, and their operations belong to the {@code default} project.
 */
final class RestProjects implements Projects {
  private final RestClient rest;
  private final Scope scope;

  RestProjects(RestClient rest) {
    this.rest = rest;
    this.scope = Scope.DEFAULT;
  }

  private static LxdPath path(String name) {
    return LxdPath.of("projects", Names.project(name));
  }

  @Override
  public List<String> names() {
    return Replies.namesFromUrls(rest.get(LxdPath.of("projects")).metadata());
  }

  @Override
  public List<Project> list() {
    return ProjectReplies.projects(
        rest.get(LxdPath.of("projects").query("recursion", "1")).metadata());
  }

  @Override
  public Project get(String name) {
    return ProjectReplies.project(rest.get(path(name)).metadata());
  }

  @Override
  public Tagged<Project> getTagged(String name) {
    LxdResponse response = rest.get(path(name));
    return new Tagged<>(ProjectReplies.project(response.metadata()), response.etag());
  }

  @Override
  public Optional<Project> find(String name) {
    try {
      return Optional.of(get(name));
    } catch (LxdNotFoundException e) {
      return Optional.empty();
    }
  }

  @Override
  public void create(ProjectCreate request) {
    ObjectNode body = JsonFields.newObject();
    body.put("name", request.name());
    body.put("description", request.description());
    body.set("config", rest.json().valueToTree(request.config()));
    Writes.complete(rest, scope, rest.send("POST", LxdPath.of("projects"), body));
  }

  @Override
  public void update(String name, ProjectUpdate update, String etag) {
    ObjectNode body = JsonFields.newObject();
    Writes.putReplacing(rest, body, update.description(), update.config());
    Writes.complete(rest, scope, rest.send("PUT", path(name), body, etag));
  }

  /**
   * Merges on the client and sends a PUT: LXD 5.0.2 replaces the whole configuration on a project
   * PATCH that carries {@code config}, dropping keys such as {@code features.images}. The PUT
   * carries the caller's ETag, or the one just read, so a concurrent change raises 412.
   */
  @Override
  public void patch(String name, ProjectUpdate patch, String etag) {
    LxdResponse read = rest.get(path(name));
    Project current = ProjectReplies.project(read.metadata());
    Map<String, String> config = new LinkedHashMap<>(current.config());
    if (patch.config() != null) {
      config.putAll(patch.config());
    }
    String description = patch.description() == null ? current.description() : patch.description();
    ObjectNode body = JsonFields.newObject();
    Writes.putReplacing(rest, body, description, config);
    String ifMatch = etag == null || etag.isEmpty() ? read.etag() : etag;
    Writes.complete(rest, scope, rest.send("PUT", path(name), body, ifMatch));
  }

  @Override
  public OperationHandle rename(String name, String newName) {
    ObjectNode body = Writes.rename(Names.project(newName));
    return RestOperations.fromAsync(rest, scope, rest.send("POST", path(name), body));
  }

  @Override
  public void delete(String name) {
    Writes.complete(rest, scope, rest.send("DELETE", path(name), null));
  }

  @Override
  public ProjectState state(String name) {
    return ProjectReplies.projectState(rest.get(path(name).segment("state")).metadata(), name);
  }
}

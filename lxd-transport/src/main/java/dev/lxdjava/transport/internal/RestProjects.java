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
import java.util.List;
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

  @Override
  public void patch(String name, ProjectUpdate patch, String etag) {
    ObjectNode body = JsonFields.newObject();
    Writes.putMerging(rest, body, patch.description(), patch.config());
    Writes.complete(rest, scope, rest.send("PATCH", path(name), body, etag));
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

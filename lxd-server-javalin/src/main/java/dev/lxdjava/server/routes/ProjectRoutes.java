package dev.lxdjava.server.routes;

import dev.lxdjava.auth.ProjectSet;
import dev.lxdjava.core.Lxd;
import dev.lxdjava.core.Names;
import dev.lxdjava.core.project.Project;
import dev.lxdjava.core.project.ProjectCreate;
import dev.lxdjava.core.project.ProjectUpdate;
import dev.lxdjava.core.project.Projects;
import dev.lxdjava.server.http.Access;
import dev.lxdjava.server.http.ApiException;
import dev.lxdjava.server.http.Authentication;
import dev.lxdjava.server.http.Bodies;
import dev.lxdjava.server.http.ETags;
import dev.lxdjava.server.http.ProjectFrom;
import dev.lxdjava.server.http.Router;
import io.javalin.http.Context;
import java.util.Map;

/**
 * Project routes under {@code /api/v1/projects}. A viewer sees the projects it has the viewer role
 * in; creating, changing, renaming and deleting projects need the global admin role.
 */
public final class ProjectRoutes {
  private static final ProjectFrom PATH = ProjectFrom.pathParam("project");

  private final Lxd lxd;
  private final Bodies bodies;

  public ProjectRoutes(Lxd lxd, Bodies bodies) {
    this.lxd = lxd;
    this.bodies = bodies;
  }

  /** Registers the routes. */
  public void register(Router router) {
    String projects = "/api/v1/projects";
    String project = projects + "/{project}";
    router.get(projects, Access.VIEWER, ProjectFrom.ANY, ProjectDocs.LIST, this::list);
    router.post(projects, Access.ADMIN, ProjectDocs.CREATE, this::create);
    router.get(project, Access.VIEWER, PATH, ProjectDocs.GET, this::get);
    router.put(project, Access.ADMIN, ProjectDocs.UPDATE, this::update);
    router.patch(project, Access.ADMIN, ProjectDocs.PATCH, this::patch);
    router.delete(project, Access.ADMIN, ProjectDocs.DELETE, this::delete);
    router.post(project + "/rename", Access.ADMIN, ProjectDocs.RENAME, this::rename);
    router.get(project + "/state", Access.VIEWER, PATH, ProjectDocs.STATE, this::state);
  }

  private Projects projects() {
    return lxd.projects();
  }

  private static String name(Context ctx) {
    return Names.project(ctx.pathParam("project"));
  }

  /**
   * Refuses to delete or rename the {@code default} project. LXD refuses too, but with error_code
   * 403, which reads as if LXD distrusted the gateway.
   */
  private static String notDefault(String name, String action) {
    if (name.equals("default")) {
      throw ApiException.badRequest("the 'default' project cannot be " + action);
    }
    return name;
  }

  private void list(Context ctx) {
    ProjectSet visible = Authentication.visibleProjects(ctx);
    ResourceReplies.page(
        ctx,
        projects().list().stream().filter(project -> visible.contains(project.name())).toList(),
        Project::name);
  }

  private void get(Context ctx) {
    ETags.send(ctx, projects().getTagged(name(ctx)));
  }

  private void create(Context ctx) {
    ProjectBodies.Create body = bodies.read(ctx, ProjectBodies.Create.class);
    if (body.name() == null) {
      throw ApiException.badRequest("field 'name' is required");
    }
    ProjectCreate request = new ProjectCreate(body.name(), body.description(), body.config());
    projects().create(request);
    ResourceReplies.created(ctx, projects().getTagged(request.name()));
  }

  private void update(Context ctx) {
    String name = name(ctx);
    ProjectBodies.Update body = bodies.read(ctx, ProjectBodies.Update.class);
    ProjectUpdate update =
        new ProjectUpdate(
            body.description() == null ? "" : body.description(),
            body.config() == null ? Map.of() : body.config());
    projects().update(name, update, ETags.ifMatch(ctx));
    ETags.send(ctx, projects().getTagged(name));
  }

  private void patch(Context ctx) {
    String name = name(ctx);
    ProjectBodies.Update body = bodies.read(ctx, ProjectBodies.Update.class);
    projects()
        .patch(name, new ProjectUpdate(body.description(), body.config()), ETags.ifMatch(ctx));
    ETags.send(ctx, projects().getTagged(name));
  }

  private void delete(Context ctx) {
    projects().delete(notDefault(name(ctx), "deleted"));
    ResourceReplies.deleted(ctx);
  }

  /** LXD renames a project in an operation. Grants keep the old name; an admin moves them. */
  private void rename(Context ctx) {
    String name = notDefault(name(ctx), "renamed");
    String newName = Names.project(ResourceReplies.newName(ctx, bodies));
    AsyncReplies.respond(ctx, projects().rename(name, newName));
  }

  private void state(Context ctx) {
    ctx.json(projects().state(name(ctx)));
  }
}

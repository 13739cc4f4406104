package dev.lxdjava.server.routes;

import dev.lxdjava.core.project.Project;
import dev.lxdjava.core.project.ProjectState;
import dev.lxdjava.server.http.QueryParams;
import dev.lxdjava.server.openapi.Body;
import dev.lxdjava.server.openapi.Reply;
import dev.lxdjava.server.openapi.RouteDoc;
import dev.lxdjava.server.openapi.Shape;

/** Documentation of the project routes. */
final class ProjectDocs {
  private ProjectDocs() {}

  static final String TAG = "projects";
  static final String PROJECT =
      "Project name: no `/`, `..`, spaces, `'`, `\"` or control characters";

  private static RouteDoc.Builder project(String summary) {
    return RouteDoc.builder(TAG, summary).pathParam("project", PROJECT);
  }

  static final RouteDoc LIST =
      RouteDoc.builder(TAG, "List projects")
          .description(
              "The projects the caller has the viewer role in (every project for a global"
                  + " viewer), sorted by name; names only with `expand=false`.")
          .query(QueryParams.EXPAND, QueryParams.LIMIT, QueryParams.OFFSET)
          .json(
              200,
              "A page of projects, or of names with `expand=false`",
              Shape.pageOf(Shape.anyOf(Shape.of(Project.class), Shape.string())))
          .lxd()
          .build();

  static final RouteDoc CREATE =
      RouteDoc.builder(TAG, "Create a project")
          .description(
              "Creates a project; LXD does this synchronously. `config` sets features such as"
                  + " `features.images` and limits such as `limits.instances`.")
          .body(Body.json(Shape.of(ProjectBodies.Create.class)))
          .reply(Reply.tagged(201, "The new project", Shape.of(Project.class)))
          .errors(409)
          .lxd()
          .build();

  static final RouteDoc GET =
      project("Get a project")
          .reply(Reply.tagged(200, "LXD's project object", Shape.of(Project.class)))
          .errors(404)
          .lxd()
          .build();

  static final RouteDoc UPDATE =
      project("Replace a project's description and configuration")
          .description("LXD's PUT: absent fields become empty.")
          .ifMatch()
          .body(Body.json(Shape.of(ProjectBodies.Update.class)))
          .reply(Reply.tagged(200, "The updated project", Shape.of(Project.class)))
          .errors(404)
          .lxd()
          .build();

  static final RouteDoc PATCH =
      project("Change a project's description or configuration keys")
          .description("LXD's PATCH: only the fields given change; `config` keys are merged.")
          .ifMatch()
          .body(Body.json(Shape.of(ProjectBodies.Update.class)))
          .reply(Reply.tagged(200, "The updated project", Shape.of(Project.class)))
          .errors(404)
          .lxd()
          .build();

  static final RouteDoc DELETE =
      project("Delete a project")
          .description("LXD deletes only empty projects and never `default`.")
          .reply(Reply.empty(204, "The project is deleted"))
          .errors(400, 404, 409)
          .lxd()
          .build();

  static final RouteDoc RENAME =
      project("Rename a project")
          .description(
              "LXD renames only empty projects. Grants name projects, so they keep the old name.")
          .body(Body.json(Shape.of(ResourceReplies.Rename.class)))
          .operation()
          .errors(404, 409)
          .build();

  static final RouteDoc STATE =
      project("Get a project's resource usage")
          .json(200, "Usage and limit of each resource", Shape.of(ProjectState.class))
          .errors(404)
          .lxd()
          .build();
}

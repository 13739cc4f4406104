package dev.lxdjava.server.routes;

import dev.lxdjava.auth.AuthService;
import dev.lxdjava.auth.ResultPage;
import dev.lxdjava.auth.Role;
import dev.lxdjava.auth.User;
import dev.lxdjava.auth.Usernames;
import dev.lxdjava.core.Lxd;
import dev.lxdjava.core.Names;
import dev.lxdjava.server.http.Access;
import dev.lxdjava.server.http.ApiException;
import dev.lxdjava.server.http.AuditTrail;
import dev.lxdjava.server.http.Bodies;
import dev.lxdjava.server.http.Params;
import dev.lxdjava.server.http.Router;
import io.javalin.http.Context;

/**
 * Account and grant management for global admins under {@code /api/v1/auth}: {@code register} and
 * {@code users} keep the earlier gateway's paths.
 */
public final class UserRoutes {
  private static final String USERS = "/api/v1/auth/users";
  private static final String USER = USERS + "/{username}";

  private final AuthService auth;
  private final Lxd lxd;
  private final Bodies bodies;

  public UserRoutes(AuthService auth, Lxd lxd, Bodies bodies) {
    this.auth = auth;
    this.lxd = lxd;
    this.bodies = bodies;
  }

  /** Registers the routes. */
  public void register(Router router) {
    router.post("/api/v1/auth/register", Access.ADMIN, UserDocs.REGISTER, this::create);
    router.get(USERS, Access.ADMIN, UserDocs.LIST, this::list);
    router.post(USERS, Access.ADMIN, UserDocs.CREATE, this::create);
    router.get(USER, Access.ADMIN, UserDocs.GET, this::get);
    router.patch(USER, Access.ADMIN, UserDocs.UPDATE, this::update);
    router.delete(USER, Access.ADMIN, UserDocs.DELETE, this::delete);
    router.post(USER + "/password", Access.ADMIN, UserDocs.RESET_PASSWORD, this::resetPassword);
    router.get(USER + "/grants", Access.ADMIN, UserDocs.USER_GRANTS, this::grants);
    router.put(USER + "/grants/{project}", Access.ADMIN, UserDocs.PUT_GRANT, this::grant);
    router.delete(
        USER + "/grants/{project}", Access.ADMIN, UserDocs.DELETE_GRANT, this::revokeGrant);
    router.get("/api/v1/auth/grants", Access.ADMIN, UserDocs.ALL_GRANTS, this::allGrants);
  }

  /** A new account; {@code role} defaults to {@code viewer}, as in the earlier gateway. */
  record NewUser(String username, String password, String role) {}

  /** Changes to an account; absent fields stay as they are. */
  record UserChange(String role, Boolean active) {}

  /** A password set by an admin. */
  record NewPassword(String password) {}

  /** A project grant. */
  record GrantBody(String role) {}

  private static String username(Context ctx) {
    return Usernames.requireValid(ctx.pathParam("username"));
  }

  private static String project(Context ctx) {
    String project = Names.segment("project name", ctx.pathParam("project"));
    AuditTrail.project(ctx, project);
    return project;
  }

  private void create(Context ctx) {
    NewUser body = bodies.read(ctx, NewUser.class);
    if (body.username() == null || body.password() == null) {
      throw ApiException.badRequest("fields 'username' and 'password' are required");
    }
    Role role = body.role() == null ? Role.VIEWER : Role.fromWireName(body.role());
    AuditTrail.target(ctx, "users/" + body.username());
    User user = auth.users().create(body.username(), body.password(), role);
    ctx.status(201).json(AccountJson.user(user));
  }

  private void list(Context ctx) {
    Page page = Page.of(ctx);
    ResultPage<User> users = auth.users().list(page.limit(), page.offset());
    ctx.json(page.reply(users.items().stream().map(AccountJson::user).toList(), users.total()));
  }

  private void get(Context ctx) {
    ctx.json(AccountJson.user(auth.users().get(username(ctx))));
  }

  /** Changes the role or the active flag; both end the account's sessions. */
  private void update(Context ctx) {
    String username = username(ctx);
    UserChange body = bodies.read(ctx, UserChange.class);
    if (body.role() == null && body.active() == null) {
      throw ApiException.badRequest("give 'role', 'active' or both");
    }
    Role role = body.role() == null ? null : Role.fromWireName(body.role());
    ctx.json(AccountJson.user(auth.users().update(username, role, body.active())));
  }

  private void delete(Context ctx) {
    auth.users().delete(username(ctx));
    ctx.status(204);
  }

  private void resetPassword(Context ctx) {
    String username = username(ctx);
    NewPassword body = bodies.read(ctx, NewPassword.class);
    if (body.password() == null) {
      throw ApiException.badRequest("field 'password' is required");
    }
    auth.users().resetPassword(username, body.password());
    ctx.status(204);
  }

  private void grants(Context ctx) {
    ctx.json(auth.users().grants(username(ctx)).stream().map(AccountJson::grant).toList());
  }

  /**
   * Creates or replaces the grant; 200 with the grant. The project must exist in LXD, but a grant
   * on a project deleted since can still be revoked.
   */
  private void grant(Context ctx) {
    String username = username(ctx);
    String project = project(ctx);
    GrantBody body = bodies.read(ctx, GrantBody.class);
    Role role = Role.grantRole(body.role());
    if (lxd.projects().find(project).isEmpty()) {
      throw new ApiException(
          404, "not-found", "project '" + project + "' does not exist in LXD; create it first");
    }
    ctx.json(AccountJson.grant(auth.users().grant(username, project, role)));
  }

  private void revokeGrant(Context ctx) {
    auth.users().revokeGrant(username(ctx), project(ctx));
    ctx.status(204);
  }

  /** Every grant, or those of one project with {@code ?project=}. */
  private void allGrants(Context ctx) {
    String project = Params.value(ctx, UserDocs.PROJECT_FILTER);
    String filter = project.isEmpty() ? null : project;
    ctx.json(auth.users().grantsInProject(filter).stream().map(AccountJson::grant).toList());
  }
}

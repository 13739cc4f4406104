package dev.lxdjava.server.routes;

import dev.lxdjava.server.http.QueryParam;
import dev.lxdjava.server.http.QueryParams;
import dev.lxdjava.server.openapi.Body;
import dev.lxdjava.server.openapi.Reply;
import dev.lxdjava.server.openapi.RouteDoc;
import dev.lxdjava.server.openapi.Schemas;
import dev.lxdjava.server.openapi.Shape;

/** Documentation of account and grant management, for global admins. */
final class UserDocs {
  private UserDocs() {}

  private static final String USERS = "users";
  private static final String GRANTS = "grants";
  private static final String USERNAME = "Account name: 3 to 64 ASCII letters, digits, `_ . -`";
  private static final String PROJECT = "LXD project of the grant";

  /** {@code ?project=} of the grant list: a filter, all projects when absent. */
  static final QueryParam PROJECT_FILTER =
      QueryParam.name("project", "Only grants in this LXD project; all when absent.", "");

  private static final Shape NEW_USER =
      Shape.named(
          "NewUser",
          components ->
              Schemas.objectSchema(true)
                  .required(
                      "username",
                      Schemas.type("string", USERNAME).put("pattern", "^[A-Za-z0-9_.-]{3,64}$"))
                  .required("password", Schemas.type("string", AuthDocs.PASSWORD_RULE))
                  .optional(
                      "role",
                      Schemas.choice(
                              "global role; `none` acts only through grants",
                              "none",
                              "viewer",
                              "operator",
                              "admin")
                          .put("default", "viewer"))
                  .build());

  private static final Shape USER_CHANGE =
      Shape.named(
          "UserChange",
          components -> {
            var schema =
                Schemas.objectSchema(true)
                    .description("Give `role`, `active` or both; absent fields stay as they are")
                    .optional(
                        "role",
                        Schemas.choice("new global role", "none", "viewer", "operator", "admin"))
                    .optional("active", Schemas.type("boolean", "`false` disables the account"))
                    .build();
            return schema.put("minProperties", 1);
          });

  private static final Shape NEW_PASSWORD =
      Shape.named(
          "NewPassword",
          components ->
              Schemas.objectSchema(true)
                  .required("password", Schemas.type("string", AuthDocs.PASSWORD_RULE))
                  .build());

  private static final Shape GRANT_ROLE =
      Shape.named(
          "GrantRole",
          components ->
              Schemas.objectSchema(true)
                  .required(
                      "role",
                      Schemas.choice("role inside the project", "viewer", "operator", "admin"))
                  .build());

  static final RouteDoc REGISTER =
      RouteDoc.builder(USERS, "Register a user")
          .description("The earlier gateway's path for creating an account; same as `POST users`.")
          .body(Body.json(NEW_USER))
          .json(201, "The new account", AccountShapes.ACCOUNT)
          .errors(409)
          .build();

  static final RouteDoc LIST =
      RouteDoc.builder(USERS, "List users")
          .description("People's accounts and API keys' service accounts, by name.")
          .query(QueryParams.LIMIT, QueryParams.OFFSET)
          .json(200, "A page of accounts", Shape.pageOf(AccountShapes.ACCOUNT))
          .build();

  static final RouteDoc CREATE =
      RouteDoc.builder(USERS, "Create a user")
          .body(Body.json(NEW_USER))
          .json(201, "The new account", AccountShapes.ACCOUNT)
          .errors(409)
          .build();

  static final RouteDoc GET =
      RouteDoc.builder(USERS, "Get a user")
          .pathParam("username", USERNAME)
          .json(200, "The account", AccountShapes.ACCOUNT)
          .errors(404)
          .build();

  static final RouteDoc UPDATE =
      RouteDoc.builder(USERS, "Update a user")
          .description(
              "Changes the global role, disables or enables the account. Either ends its sessions"
                  + " and stops its access tokens at once. 409 when no active person would keep"
                  + " the admin role.")
          .pathParam("username", USERNAME)
          .body(Body.json(USER_CHANGE))
          .json(200, "The changed account", AccountShapes.ACCOUNT)
          .errors(404, 409)
          .build();

  static final RouteDoc DELETE =
      RouteDoc.builder(USERS, "Delete a user")
          .description("Deletes the account with its sessions, grants and API key.")
          .pathParam("username", USERNAME)
          .reply(Reply.empty(204, "The account is deleted"))
          .errors(404, 409)
          .build();

  static final RouteDoc RESET_PASSWORD =
      RouteDoc.builder(USERS, "Reset a user's password")
          .description("Sets a new password and ends the account's sessions.")
          .pathParam("username", USERNAME)
          .body(Body.json(NEW_PASSWORD))
          .reply(Reply.empty(204, "The password is set and every session has ended"))
          .errors(404, 409)
          .build();

  static final RouteDoc USER_GRANTS =
      RouteDoc.builder(GRANTS, "List a user's grants")
          .pathParam("username", USERNAME)
          .json(200, "The account's grants", Shape.arrayOf(AccountShapes.GRANT))
          .errors(404)
          .build();

  static final RouteDoc PUT_GRANT =
      RouteDoc.builder(GRANTS, "Grant a role in a project")
          .description(
              "Creates the grant or replaces its role. The project must exist in LXD; a grant on a"
                  + " project deleted since can still be revoked.")
          .pathParam("username", USERNAME)
          .pathParam("project", PROJECT)
          .body(Body.json(GRANT_ROLE))
          .json(200, "The grant", AccountShapes.GRANT)
          .errors(404)
          .build();

  static final RouteDoc DELETE_GRANT =
      RouteDoc.builder(GRANTS, "Revoke a grant")
          .pathParam("username", USERNAME)
          .pathParam("project", PROJECT)
          .reply(Reply.empty(204, "The grant is removed"))
          .errors(404)
          .build();

  static final RouteDoc ALL_GRANTS =
      RouteDoc.builder(GRANTS, "List grants")
          .description("Every grant of every account, or those of one project.")
          .query(PROJECT_FILTER)
          .json(200, "The grants", Shape.arrayOf(AccountShapes.GRANT))
          .build();
}

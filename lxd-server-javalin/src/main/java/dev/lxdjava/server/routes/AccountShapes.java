package dev.lxdjava.server.routes;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lxdjava.server.openapi.Schemas;
import dev.lxdjava.server.openapi.Shape;

/**
 * The schemas of the replies {@link AccountJson} writes and of the tokens the auth routes return.
 * The gateway's JSON mapper leaves out fields whose value is {@code null}, so such fields are
 * optional here.
 */
final class AccountShapes {
  private AccountShapes() {}

  static final Shape TOKENS =
      Shape.named(
          "Tokens",
          components ->
              Schemas.objectSchema(true)
                  .description("A new access token and refresh token of one login session.")
                  .required(
                      "access_token",
                      Schemas.type("string", "JWT for `Authorization: Bearer`; short-lived"))
                  .required(
                      "refresh_token",
                      Schemas.type(
                          "string",
                          "`lxdr_…`, single use: `POST /api/v1/auth/refresh` trades it for a new"
                              + " pair"))
                  .required("token_type", Schemas.choice("always `bearer`", "bearer"))
                  .required(
                      "expires_in", Schemas.type("integer", "lifetime of the access token, s"))
                  .build());

  static final Shape ACCOUNT =
      Shape.named(
          "Account",
          components -> account().description("A person's account or an API key's one").build());

  static final Shape ACCOUNT_WITH_GRANTS =
      Shape.named(
          "AccountWithGrants",
          components ->
              account()
                  .description("The caller's own account with its project grants")
                  .required(
                      "grants",
                      Schemas.type("array")
                          .set(
                              "items",
                              Schemas.objectSchema(true)
                                  .required("project", Schemas.type("string", "LXD project"))
                                  .required("role", grantRole())
                                  .build()))
                  .build());

  static final Shape GRANT =
      Shape.named(
          "Grant",
          components ->
              Schemas.objectSchema(true)
                  .description("A role of one account inside one LXD project")
                  .required("username", Schemas.type("string"))
                  .required("project", Schemas.type("string", "LXD project"))
                  .required("role", grantRole())
                  .required("created_at", time("when the grant was given"))
                  .build());

  static final Shape API_KEY =
      Shape.named(
          "ApiKey", components -> apiKey().description("An API key, never its secret").build());

  static final Shape CREATED_API_KEY =
      Shape.named(
          "CreatedApiKey",
          components ->
              apiKey()
                  .description("A new API key with its secret, which no later reply contains")
                  .required(
                      "key", Schemas.type("string", "the secret, `lxdk_…`; send it as a bearer"))
                  .build());

  static final Shape AUDIT_EVENT =
      Shape.named(
          "AuditEvent",
          components ->
              Schemas.objectSchema(true)
                  .description("One row of the audit trail")
                  .required("id", Schemas.type("integer"))
                  .required("time", time("when the request ended"))
                  .required(
                      "action",
                      Schemas.type(
                          "string",
                          "`request`, `login`, `refresh`, `logout`, `password-change` or"
                              + " `websocket`"))
                  .required(
                      "outcome",
                      Schemas.choice(
                          "`success` below 400, `denied` for 401, 403 and 429, else `failure`",
                          "success",
                          "denied",
                          "failure"))
                  .required("status", Schemas.type("integer", "HTTP status; 101 for an upgrade"))
                  .optional("user_id", Schemas.type("integer", "acting account's id"))
                  .optional("username", Schemas.type("string", "acting account"))
                  .optional("client_ip", Schemas.type("string", "client address"))
                  .optional("request_id", Schemas.type("string", "the request's X-Request-ID"))
                  .optional("method", Schemas.type("string", "HTTP method"))
                  .optional("route", Schemas.type("string", "route pattern, without query string"))
                  .optional("project", Schemas.type("string", "LXD project"))
                  .optional(
                      "target", Schemas.type("string", "object acted on, such as `instances/web1`"))
                  .optional(
                      "operation_id", Schemas.type("string", "LXD operation the request started"))
                  .optional("detail", Schemas.type("string", "reason of a denial"))
                  .build());

  private static Schemas.ObjectSchema account() {
    return Schemas.objectSchema(true)
        .required("id", Schemas.type("integer"))
        .required("username", Schemas.type("string"))
        .required(
            "role",
            Schemas.choice(
                "global role; `none` acts only through grants",
                "none",
                "viewer",
                "operator",
                "admin"))
        .required(
            "kind",
            Schemas.choice("`user` for a person, `service` for an API key", "user", "service"))
        .required("active", Schemas.type("boolean"))
        .required("created_at", time("when the account was created"))
        .required("updated_at", time("last change of the account"))
        .optional("last_login_at", time("last successful login; absent before the first"));
  }

  private static Schemas.ObjectSchema apiKey() {
    return Schemas.objectSchema(true)
        .required("name", Schemas.type("string", "also the name of its service account"))
        .required(
            "role",
            Schemas.choice(
                "global role of its service account", "none", "viewer", "operator", "admin"))
        .required("prefix", Schemas.type("string", "first 11 characters, to recognise the key"))
        .optional("created_by", Schemas.type("string", "admin who created it"))
        .required("created_at", time("when it was created"))
        .optional("expires_at", time("when it stops working; absent when it never expires"))
        .optional("last_used_at", time("last use; absent before the first"));
  }

  private static ObjectNode grantRole() {
    return Schemas.choice("role inside the project", "viewer", "operator", "admin");
  }

  private static ObjectNode time(String description) {
    return Schemas.type("string", description).put("format", "date-time");
  }
}

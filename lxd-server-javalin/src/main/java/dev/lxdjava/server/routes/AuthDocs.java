package dev.lxdjava.server.routes;

import dev.lxdjava.server.openapi.Body;
import dev.lxdjava.server.openapi.RouteDoc;
import dev.lxdjava.server.openapi.Schemas;
import dev.lxdjava.server.openapi.Shape;
import java.util.List;

/** Documentation of the authentication routes. */
final class AuthDocs {
  private AuthDocs() {}

  private static final String TAG = "auth";

  static final Shape TOKEN =
      Shape.named(
          "AccessToken",
          components ->
              Schemas.objectSchema(false)
                  .required("access_token", Schemas.type("string", "JWT for `Authorization`"))
                  .required("token_type", Schemas.choice("always `bearer`", "bearer"))
                  .required("expires_in", Schemas.type("integer", "lifetime in seconds"))
                  .build());

  static final Shape USER =
      Shape.named(
          "User",
          components ->
              Schemas.objectSchema(true)
                  .required("id", Schemas.type("integer"))
                  .required("username", Schemas.type("string"))
                  .required("role", Schemas.choice("role", "viewer", "operator", "admin"))
                  .required("active", Schemas.type("boolean"))
                  .optional("created_at", Schemas.type("string").put("format", "date-time"))
                  .optional("updated_at", Schemas.type("string").put("format", "date-time"))
                  .optional("last_login_at", nullableTime())
                  .build());

  private static com.fasterxml.jackson.databind.node.ObjectNode nullableTime() {
    var schema = Schemas.object().put("format", "date-time");
    schema.putArray("type").add("string").add("null");
    return schema.put("description", "null until the first login");
  }

  static final RouteDoc LOGIN =
      RouteDoc.builder(TAG, "Log in")
          .description(
              "Exchanges a username and password for an access token. Takes JSON or an HTML form"
                  + " (`application/x-www-form-urlencoded`), as OAuth2 password-flow clients send.")
          .body(
              new Body(
                  List.of(Body.JSON, "application/x-www-form-urlencoded"),
                  Shape.of(AuthRoutes.LoginBody.class),
                  false,
                  "the user's credentials"))
          .json(200, "The access token", TOKEN)
          .errors(401)
          .build();

  static final RouteDoc ME =
      RouteDoc.builder(TAG, "Get the current user")
          .json(200, "The caller's own account", USER)
          .build();
}

package dev.lxdjava.server.routes;

import dev.lxdjava.server.openapi.Body;
import dev.lxdjava.server.openapi.Reply;
import dev.lxdjava.server.openapi.RouteDoc;
import dev.lxdjava.server.openapi.Schemas;
import dev.lxdjava.server.openapi.Shape;
import java.util.List;

/** Documentation of login, token refresh, logout and the caller's own account. */
final class AuthDocs {
  private AuthDocs() {}

  static final String TAG = "auth";

  /** The password rule, for body descriptions. */
  static final String PASSWORD_RULE = "12 characters to 72 bytes in UTF-8";

  private static final Shape CREDENTIALS =
      Shape.named(
          "Credentials",
          components ->
              Schemas.objectSchema(true)
                  .required("username", Schemas.type("string"))
                  .required("password", Schemas.type("string"))
                  .build());

  private static final Shape REFRESH_TOKEN =
      Shape.named(
          "RefreshToken",
          components ->
              Schemas.objectSchema(true)
                  .required("refresh_token", Schemas.type("string", "`lxdr_…` from a login"))
                  .build());

  private static final Shape PASSWORD_CHANGE =
      Shape.named(
          "PasswordChange",
          components ->
              Schemas.objectSchema(true)
                  .required("current_password", Schemas.type("string"))
                  .required("new_password", Schemas.type("string", PASSWORD_RULE))
                  .build());

  static final RouteDoc LOGIN =
      RouteDoc.builder(TAG, "Log in")
          .description(
              "Exchanges a username and password for an access token and a refresh token, and"
                  + " starts a login session. Takes JSON or an HTML form"
                  + " (`application/x-www-form-urlencoded`), as OAuth2 password-flow clients"
                  + " send. A wrong password, an unknown user and a disabled account get the same"
                  + " 401. Attempts are rate-limited per client address and per username.")
          .body(
              new Body(
                  List.of(Body.JSON, "application/x-www-form-urlencoded"),
                  CREDENTIALS,
                  false,
                  "the user's credentials"))
          .json(200, "The tokens of the new session", AccountShapes.TOKENS)
          .errors(401, 429)
          .build();

  static final RouteDoc REFRESH =
      RouteDoc.builder(TAG, "Refresh the tokens")
          .description(
              "Trades a refresh token for a new access token and refresh token in the same"
                  + " session. The refresh token used stops working; presenting it again revokes"
                  + " the whole session. Refreshes never extend the session's lifetime.")
          .body(Body.json(REFRESH_TOKEN))
          .json(200, "The new tokens", AccountShapes.TOKENS)
          .errors(401, 429)
          .build();

  static final RouteDoc LOGOUT =
      RouteDoc.builder(TAG, "Log out")
          .description(
              "Ends the refresh token's session, so its access tokens stop working at once. An"
                  + " unknown token gets the same 204, so the reply reveals nothing.")
          .body(Body.json(REFRESH_TOKEN))
          .reply(Reply.empty(204, "The session has ended"))
          .build();

  static final RouteDoc ME =
      RouteDoc.builder(TAG, "Get the current user")
          .description("Any valid credential may read its own account, also one with role `none`.")
          .json(200, "The caller's own account and grants", AccountShapes.ACCOUNT_WITH_GRANTS)
          .build();

  static final RouteDoc CHANGE_PASSWORD =
      RouteDoc.builder(TAG, "Change the own password")
          .description(
              "Checks the current password and sets the new one. Every session of the account"
                  + " ends, so the client logs in again. Attempts count against the per-username"
                  + " login limit. API keys' service accounts have no password: 409.")
          .body(Body.json(PASSWORD_CHANGE))
          .reply(Reply.empty(204, "The password has changed and every session has ended"))
          .errors(401, 409, 429)
          .build();
}

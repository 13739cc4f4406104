package dev.lxdjava.server.routes;

import dev.lxdjava.auth.AuthException;
import dev.lxdjava.auth.AuthService;
import dev.lxdjava.auth.InvalidTokenException;
import dev.lxdjava.auth.User;
import dev.lxdjava.server.http.Access;
import dev.lxdjava.server.http.ApiException;
import dev.lxdjava.server.http.AuditTrail;
import dev.lxdjava.server.http.Authentication;
import dev.lxdjava.server.http.Bodies;
import dev.lxdjava.server.http.ClientAddresses;
import dev.lxdjava.server.http.Router;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Login, token refresh, logout and the caller's own account under {@code /api/v1/auth}. */
public final class AuthRoutes {
  private final AuthService auth;
  private final Bodies bodies;

  public AuthRoutes(AuthService auth, Bodies bodies) {
    this.auth = auth;
    this.bodies = bodies;
  }

  /** Registers the routes. */
  public void register(Router router) {
    router.post("/api/v1/auth/login", Access.PUBLIC, AuthDocs.LOGIN, this::login);
    router.post("/api/v1/auth/refresh", Access.PUBLIC, AuthDocs.REFRESH, this::refresh);
    router.post("/api/v1/auth/logout", Access.PUBLIC, AuthDocs.LOGOUT, this::logout);
    router.get("/api/v1/auth/me", Access.AUTHENTICATED, AuthDocs.ME, this::me);
    router.post(
        "/api/v1/auth/me/password",
        Access.AUTHENTICATED,
        AuthDocs.CHANGE_PASSWORD,
        this::changePassword);
  }

  /** {@code POST /api/v1/auth/login} with a JSON body. */
  record LoginBody(String username, String password) {}

  /** {@code POST /api/v1/auth/refresh} and {@code /logout}. */
  record RefreshBody(String refreshToken) {}

  /** {@code POST /api/v1/auth/me/password}. */
  record PasswordChange(String currentPassword, String newPassword) {}

  /**
   * Accepts a JSON body or an HTML form ({@code application/x-www-form-urlencoded}), which is what
   * OAuth2 password-flow clients of the earlier gateway send.
   */
  private void login(Context ctx) {
    AuditTrail.action(ctx, "login");
    String contentType = ctx.contentType() == null ? "" : ctx.contentType();
    String username;
    String password;
    if (contentType.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
      username = ctx.formParam("username");
      password = ctx.formParam("password");
    } else {
      LoginBody body = bodies.read(ctx, LoginBody.class);
      username = body.username();
      password = body.password();
    }
    if (username == null || username.isEmpty() || password == null || password.isEmpty()) {
      throw ApiException.badRequest("fields 'username' and 'password' are required");
    }
    AuthService.LoginResult result;
    try {
      result = auth.login(username, password, ClientAddresses.of(ctx));
    } catch (AuthException e) {
      // Names the account in the audit trail only when it exists, so a password typed into the
      // username field is never recorded.
      auth.users().find(username).ifPresent(user -> AuditTrail.actor(ctx, user));
      throw e;
    }
    AuditTrail.actor(ctx, result.user());
    ctx.json(tokenReply(result));
  }

  private void refresh(Context ctx) {
    AuditTrail.action(ctx, "refresh");
    String token = bodies.read(ctx, RefreshBody.class).refreshToken();
    if (token == null || token.isEmpty()) {
      throw ApiException.badRequest("field 'refresh_token' is required");
    }
    AuthService.LoginResult result;
    try {
      result = auth.refresh(token, ClientAddresses.of(ctx));
    } catch (InvalidTokenException e) {
      // A reused or revoked token names its account, so the audit trail shows whose session it was.
      e.accountId().flatMap(auth.users()::findById).ifPresent(user -> AuditTrail.actor(ctx, user));
      throw e;
    }
    AuditTrail.actor(ctx, result.user());
    ctx.json(tokenReply(result));
  }

  private Map<String, Object> tokenReply(AuthService.LoginResult result) {
    Map<String, Object> reply = new LinkedHashMap<>();
    reply.put("access_token", result.accessToken());
    reply.put("refresh_token", result.refreshToken());
    reply.put("token_type", "bearer");
    reply.put("expires_in", auth.tokens().accessLifetime().toSeconds());
    return reply;
  }

  /** Ends the refresh token's session; 204 also for unknown tokens, so nothing is revealed. */
  private void logout(Context ctx) {
    AuditTrail.action(ctx, "logout");
    String token = bodies.read(ctx, RefreshBody.class).refreshToken();
    if (token == null || token.isEmpty()) {
      throw ApiException.badRequest("field 'refresh_token' is required");
    }
    auth.logout(token).ifPresent(user -> AuditTrail.actor(ctx, user));
    ctx.status(204);
  }

  private void me(Context ctx) {
    User user = Authentication.user(ctx);
    ctx.json(AccountJson.me(user, auth.users().grants(user.username())));
  }

  /** Changes the caller's password; every session ends, so the client logs in again. */
  private void changePassword(Context ctx) {
    AuditTrail.action(ctx, "password-change");
    PasswordChange body = bodies.read(ctx, PasswordChange.class);
    if (body.currentPassword() == null || body.newPassword() == null) {
      throw ApiException.badRequest("fields 'current_password' and 'new_password' are required");
    }
    auth.changePassword(Authentication.user(ctx), body.currentPassword(), body.newPassword());
    ctx.status(204);
  }
}

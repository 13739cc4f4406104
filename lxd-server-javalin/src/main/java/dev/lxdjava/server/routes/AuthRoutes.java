package dev.lxdjava.server.routes;

import dev.lxdjava.auth.AuthService;
import dev.lxdjava.auth.User;
import dev.lxdjava.server.http.Access;
import dev.lxdjava.server.http.ApiException;
import dev.lxdjava.server.http.Authentication;
import dev.lxdjava.server.http.Bodies;
import dev.lxdjava.server.http.Router;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Login and the caller's own account under {@code /api/v1/auth}. */
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
    router.get("/api/v1/auth/me", Access.VIEWER, AuthDocs.ME, this::me);
  }

  /** {@code POST /api/v1/auth/login} with a JSON body. */
  record LoginBody(String username, String password) {}

  /**
   * Accepts a JSON body or an HTML form ({@code application/x-www-form-urlencoded}), which is what
   * OAuth2 password-flow clients of the earlier gateway send.
   */
  private void login(Context ctx) {
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
    AuthService.LoginResult result = auth.login(username, password);
    Map<String, Object> reply = new LinkedHashMap<>();
    reply.put("access_token", result.accessToken());
    reply.put("token_type", "bearer");
    reply.put("expires_in", auth.tokens().accessLifetime().toSeconds());
    ctx.json(reply);
  }

  private void me(Context ctx) {
    ctx.json(UserJson.of(Authentication.user(ctx)));
  }

  /** The public view of a user: never the password hash. */
  static final class UserJson {
    private UserJson() {}

    static Map<String, Object> of(User user) {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("id", user.id());
      body.put("username", user.username());
      body.put("role", user.role().wireName());
      body.put("active", user.active());
      body.put("created_at", user.createdAt());
      body.put("updated_at", user.updatedAt());
      body.put("last_login_at", user.lastLoginAt());
      return body;
    }
  }
}

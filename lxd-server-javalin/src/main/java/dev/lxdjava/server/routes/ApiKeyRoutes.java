package dev.lxdjava.server.routes;

import dev.lxdjava.auth.ApiKeys;
import dev.lxdjava.auth.AuthService;
import dev.lxdjava.auth.ResultPage;
import dev.lxdjava.auth.Role;
import dev.lxdjava.auth.Usernames;
import dev.lxdjava.server.http.Access;
import dev.lxdjava.server.http.ApiException;
import dev.lxdjava.server.http.AuditTrail;
import dev.lxdjava.server.http.Authentication;
import dev.lxdjava.server.http.Bodies;
import dev.lxdjava.server.http.Router;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;

/** API keys for automation under {@code /api/v1/auth/api-keys}, for global admins. */
public final class ApiKeyRoutes {
  private static final String KEYS = "/api/v1/auth/api-keys";

  private final AuthService auth;
  private final Bodies bodies;

  public ApiKeyRoutes(AuthService auth, Bodies bodies) {
    this.auth = auth;
    this.bodies = bodies;
  }

  /** Registers the routes. */
  public void register(Router router) {
    router.get(KEYS, Access.ADMIN, ApiKeyDocs.LIST, this::list);
    router.post(KEYS, Access.ADMIN, ApiKeyDocs.CREATE, this::create);
    router.get(KEYS + "/{name}", Access.ADMIN, ApiKeyDocs.GET, this::get);
    router.delete(KEYS + "/{name}", Access.ADMIN, ApiKeyDocs.REVOKE, this::revoke);
  }

  /**
   * A new key: {@code role} is the global role of its service account ({@code none} for a key that
   * only project grants give rights), {@code expires_at} an optional ISO-8601 instant.
   */
  record NewKey(String name, String role, String expiresAt) {}

  private static String name(Context ctx) {
    return Usernames.requireValid(ctx.pathParam("name"));
  }

  private void list(Context ctx) {
    Page page = Page.of(ctx);
    ResultPage<dev.lxdjava.auth.ApiKey> keys = auth.apiKeys().list(page.limit(), page.offset());
    ctx.json(page.reply(keys.items().stream().map(AccountJson::apiKey).toList(), keys.total()));
  }

  /** Creates a key. The reply contains the secret in {@code key}, which is never shown again. */
  private void create(Context ctx) {
    NewKey body = bodies.read(ctx, NewKey.class);
    if (body.name() == null || body.role() == null) {
      throw ApiException.badRequest("fields 'name' and 'role' are required");
    }
    Role role = Role.fromWireName(body.role());
    Instant expiresAt = expiry(body.expiresAt());
    AuditTrail.target(ctx, "api-keys/" + body.name());
    ApiKeys.CreatedKey created =
        auth.apiKeys().create(body.name(), role, expiresAt, Authentication.user(ctx).username());
    Map<String, Object> reply = AccountJson.apiKey(created.key());
    reply.put("key", created.secret());
    ctx.status(201).json(reply);
  }

  private static Instant expiry(String value) {
    if (value == null || value.isEmpty()) {
      return null;
    }
    try {
      return Instant.parse(value);
    } catch (DateTimeParseException e) {
      throw ApiException.badRequest(
          "field 'expires_at'='"
              + value
              + "' must be an ISO-8601 instant such as"
              + " 2030-01-31T00:00:00Z");
    }
  }

  private void get(Context ctx) {
    ctx.json(AccountJson.apiKey(auth.apiKeys().get(name(ctx))));
  }

  /** Deletes the key and its service account; the key stops working at once. */
  private void revoke(Context ctx) {
    auth.apiKeys().revoke(name(ctx));
    ctx.status(204);
  }
}

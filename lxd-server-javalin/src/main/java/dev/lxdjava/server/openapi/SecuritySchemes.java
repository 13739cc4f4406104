package dev.lxdjava.server.openapi;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lxdjava.auth.ApiKeys;
import dev.lxdjava.server.http.Access;
import dev.lxdjava.server.http.ProjectFrom;

/**
 * The credentials the API accepts and the ones each route takes. {@code Authentication} reads an
 * access token or an API key from {@code Authorization: Bearer …}; WebSocket upgrades may send the
 * same credential as the {@code token} query parameter instead.
 */
final class SecuritySchemes {
  static final String BEARER = "bearerAuth";
  static final String API_KEY = "apiKeyAuth";
  static final String QUERY_TOKEN = "queryToken";

  /** Query parameter that carries the credential of a WebSocket upgrade. */
  static final String TOKEN_PARAM = "token";

  private SecuritySchemes() {}

  static ObjectNode all() {
    ObjectNode schemes = Schemas.object();
    schemes
        .putObject(BEARER)
        .put("type", "http")
        .put("scheme", "bearer")
        .put("bearerFormat", "JWT")
        .put(
            "description",
            "Access token from `POST /api/v1/auth/login` or `/refresh`, in `Authorization: Bearer`.");
    schemes
        .putObject(API_KEY)
        .put("type", "http")
        .put("scheme", "bearer")
        .put("bearerFormat", ApiKeys.PREFIX + "…")
        .put(
            "description",
            "API key of a service account, for scripts and CI jobs, in `Authorization: Bearer "
                + ApiKeys.PREFIX
                + "…`. An admin creates it with `POST /api/v1/auth/api-keys`.");
    schemes
        .putObject(QUERY_TOKEN)
        .put("type", "apiKey")
        .put("in", "query")
        .put("name", TOKEN_PARAM)
        .put(
            "description",
            "WebSocket upgrades only: an access token or API key as the `token` query parameter,"
                + " because browsers cannot set headers on a WebSocket request.");
    return schemes;
  }

  /**
   * Sets the operation's {@code security}, the role it needs ({@code x-required-role}) and where a
   * project grant can give that role ({@code x-role-scope}: {@code global} when only the global
   * role counts, {@code project} for the request's project, {@code any-project} for lists across
   * projects, {@code project-or-any} for lists of the {@code project} parameter's project or,
   * without it, of every project).
   */
  static void apply(ObjectNode operation, Access access, ProjectFrom project, boolean webSocket) {
    ArrayNode security = operation.putArray("security");
    if (access == Access.PUBLIC) {
      return;
    }
    security.addObject().putArray(BEARER);
    security.addObject().putArray(API_KEY);
    if (webSocket) {
      security.addObject().putArray(QUERY_TOKEN);
    }
    operation.put("x-required-role", access.role().wireName());
    operation.put("x-role-scope", scope(access, project));
  }

  private static String scope(Access access, ProjectFrom project) {
    if (!access.projectScoped()) {
      return "global";
    }
    return switch (project.source()) {
      case GLOBAL -> "global";
      case QUERY, PATH -> "project";
      case ANY -> "any-project";
      case QUERY_OR_ANY -> "project-or-any";
    };
  }
}

package dev.lxdjava.server.routes;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lxdjava.server.http.QueryParams;
import dev.lxdjava.server.openapi.Body;
import dev.lxdjava.server.openapi.Reply;
import dev.lxdjava.server.openapi.RouteDoc;
import dev.lxdjava.server.openapi.Schemas;
import dev.lxdjava.server.openapi.Shape;

/** Documentation of the API key routes, for global admins. */
final class ApiKeyDocs {
  private ApiKeyDocs() {}

  private static final String TAG = "api-keys";
  private static final String NAME =
      "Key name, also its service account's: 3 to 64 ASCII letters, digits, `_ . -`";

  private static final Shape NEW_API_KEY =
      Shape.named(
          "NewApiKey",
          components ->
              Schemas.objectSchema(true)
                  .required(
                      "name", Schemas.type("string", NAME).put("pattern", "^[A-Za-z0-9_.-]{3,64}$"))
                  .required(
                      "role",
                      Schemas.choice(
                          "global role of the key's service account; `none` for a key that only"
                              + " grants give rights",
                          "none",
                          "viewer",
                          "operator",
                          "admin"))
                  .optional("expires_at", expiry())
                  .build());

  private static ObjectNode expiry() {
    ObjectNode schema = Schemas.object().put("format", "date-time");
    schema.putArray("type").add("string").add("null");
    return schema.put(
        "description",
        "ISO-8601 instant, such as `2030-01-31T00:00:00Z`; never expires when absent");
  }

  static final RouteDoc LIST =
      RouteDoc.builder(TAG, "List API keys")
          .query(QueryParams.LIMIT, QueryParams.OFFSET)
          .json(200, "A page of API keys, without secrets", Shape.pageOf(AccountShapes.API_KEY))
          .build();

  static final RouteDoc CREATE =
      RouteDoc.builder(TAG, "Create an API key")
          .description(
              "Creates the key and its service account of the same name. The reply's `key` is the"
                  + " secret, shown only here; send it as `Authorization: Bearer lxdk_…`. Grants"
                  + " given to the name apply to the key.")
          .body(Body.json(NEW_API_KEY))
          .json(201, "The new key with its secret", AccountShapes.CREATED_API_KEY)
          .errors(409)
          .build();

  static final RouteDoc GET =
      RouteDoc.builder(TAG, "Get an API key")
          .pathParam("name", NAME)
          .json(200, "The key, without its secret", AccountShapes.API_KEY)
          .errors(404)
          .build();

  static final RouteDoc REVOKE =
      RouteDoc.builder(TAG, "Delete an API key")
          .description("Deletes the key and its service account; the key stops working at once.")
          .pathParam("name", NAME)
          .reply(Reply.empty(204, "The key is deleted"))
          .errors(404)
          .build();
}

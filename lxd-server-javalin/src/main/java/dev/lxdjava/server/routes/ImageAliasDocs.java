package dev.lxdjava.server.routes;

import dev.lxdjava.server.http.QueryParams;
import dev.lxdjava.server.openapi.Body;
import dev.lxdjava.server.openapi.Reply;
import dev.lxdjava.server.openapi.RouteDoc;
import dev.lxdjava.server.openapi.Schemas;
import dev.lxdjava.server.openapi.Shape;

/** Documentation of the image alias routes. */
final class ImageAliasDocs {
  private ImageAliasDocs() {}

  static final String TAG = "images";
  static final String ALIAS = "Image alias: no `/`, `..` or control characters";

  /**
   * LXD's alias object. Written out by hand: the record's generated name would clash with {@code
   * Image.Alias}, which the document also names {@code ImageAlias}.
   */
  static final Shape ALIAS_OBJECT =
      Shape.named(
          "ImageAliasObject",
          components ->
              Schemas.objectSchema(true)
                  .required("name", Schemas.type("string", "alias name"))
                  .required("description", Schemas.type("string", "description, may be empty"))
                  .required("target", Schemas.type("string", "fingerprint of the image"))
                  .required("type", Schemas.type("string", "`container` or `virtual-machine`"))
                  .build());

  private static RouteDoc.Builder route(String summary) {
    return RouteDoc.builder(TAG, summary).query(QueryParams.PROJECT);
  }

  private static RouteDoc.Builder alias(String summary) {
    return route(summary).pathParam("alias", ALIAS);
  }

  static final RouteDoc LIST =
      route("List image aliases")
          .description("Sorted by name; names only with `expand=false`.")
          .query(QueryParams.EXPAND, QueryParams.LIMIT, QueryParams.OFFSET)
          .json(
              200,
              "A page of aliases, or of names with `expand=false`",
              Shape.pageOf(Shape.anyOf(ALIAS_OBJECT, Shape.string())))
          .lxd()
          .build();

  static final RouteDoc CREATE =
      route("Create an image alias")
          .description("`target` is the fingerprint of an image in the project.")
          .body(Body.json(Shape.of(ImageBodies.AliasCreate.class)))
          .reply(Reply.tagged(201, "The new alias", ALIAS_OBJECT))
          .errors(404, 409)
          .lxd()
          .build();

  static final RouteDoc GET =
      alias("Get an image alias")
          .reply(Reply.tagged(200, "LXD's alias object", ALIAS_OBJECT))
          .errors(404)
          .lxd()
          .build();

  static final RouteDoc UPDATE =
      alias("Point an image alias at another image")
          .description("LXD's PUT: sets `target` and `description`.")
          .ifMatch()
          .body(Body.json(Shape.of(ImageBodies.AliasUpdate.class)))
          .reply(Reply.tagged(200, "The updated alias", ALIAS_OBJECT))
          .errors(404)
          .lxd()
          .build();

  static final RouteDoc DELETE =
      alias("Delete an image alias")
          .description("Deletes the alias only; the image stays.")
          .reply(Reply.empty(204, "The alias is deleted"))
          .errors(404)
          .lxd()
          .build();

  static final RouteDoc RENAME =
      alias("Rename an image alias")
          .body(Body.json(Shape.of(ResourceReplies.Rename.class)))
          .reply(Reply.tagged(200, "The alias under its new name", ALIAS_OBJECT))
          .errors(404, 409)
          .lxd()
          .build();
}

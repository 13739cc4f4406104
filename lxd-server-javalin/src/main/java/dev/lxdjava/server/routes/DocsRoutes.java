package dev.lxdjava.server.routes;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lxdjava.server.Version;
import dev.lxdjava.server.http.Access;
import dev.lxdjava.server.http.Router;
import dev.lxdjava.server.openapi.OpenApiDocument;
import dev.lxdjava.server.openapi.Reply;
import dev.lxdjava.server.openapi.RouteDoc;
import dev.lxdjava.server.openapi.Shape;
import dev.lxdjava.server.openapi.WebjarAssets;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * The API description: {@code /openapi.json} built from the route table, Swagger UI at {@code
 * /docs} and ReDoc at {@code /redoc}, both served from webjars so they work offline.
 */
public final class DocsRoutes {
  private static final String TAG = "documentation";

  private final Router router;
  private final WebjarAssets swaggerUi =
      WebjarAssets.of(
          "org.webjars",
          "swagger-ui",
          Set.of("swagger-ui.css", "swagger-ui-bundle.js", "favicon-32x32.png"));
  private final WebjarAssets redoc =
      WebjarAssets.of("org.webjars", "redoc", Set.of("redoc.standalone.js"));
  private volatile ObjectNode document;

  public DocsRoutes(Router router) {
    this.router = router;
  }

  /** Registers the routes. */
  public void register(Router routes) {
    routes.get(
        "/openapi.json",
        Access.PUBLIC,
        RouteDoc.builder(TAG, "Get the OpenAPI document")
            .description("This document: OpenAPI 3.1, built from the gateway's route table.")
            .json(200, "The OpenAPI document", Shape.any())
            .build(),
        this::openApi);
    routes.get("/docs", Access.PUBLIC, page("Show Swagger UI"), ctx -> html(ctx, "swagger-ui"));
    routes.get(
        "/docs/assets/{file}", Access.PUBLIC, asset("Get a Swagger UI file"), swaggerUi::serve);
    routes.get("/redoc", Access.PUBLIC, page("Show ReDoc"), ctx -> html(ctx, "redoc"));
    routes.get("/redoc/assets/{file}", Access.PUBLIC, asset("Get a ReDoc file"), redoc::serve);
  }

  /** The document; built on first use, when every route is registered. */
  public ObjectNode document() {
    ObjectNode built = document;
    if (built == null) {
      built = OpenApiDocument.build(router.table(), router.wsTable(), Version.current());
      document = built;
    }
    return built;
  }

  private void openApi(Context ctx) {
    ctx.json(document());
  }

  private static RouteDoc page(String summary) {
    return RouteDoc.builder(TAG, summary)
        .reply(new Reply(200, "An HTML page that reads /openapi.json", "text/html", Shape.string()))
        .build();
  }

  private static RouteDoc asset(String summary) {
    return RouteDoc.builder(TAG, summary)
        .description("Script, style sheet or image of a documentation page, from its webjar.")
        .pathParam("file", "file name, for example `swagger-ui-bundle.js`")
        .reply(new Reply(200, "The file", "application/octet-stream", null))
        .errors(404)
        .build();
  }

  private static void html(Context ctx, String page) {
    String name = "api-docs/" + page + ".html";
    try (InputStream in = DocsRoutes.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is missing from the class path");
      }
      ctx.contentType("text/html; charset=utf-8")
          .result(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }
}

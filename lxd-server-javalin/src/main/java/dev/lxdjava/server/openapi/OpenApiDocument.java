package dev.lxdjava.server.openapi;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lxdjava.server.http.Access;
import dev.lxdjava.server.http.Router.RouteSpec;
import dev.lxdjava.server.http.Router.WsRouteSpec;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Builds the OpenAPI 3.1 document from the route table: one operation per registered route, with
 * the parameters, bodies, responses and security its {@link RouteDoc} declares, and the problem
 * responses every route of its kind has.
 */
public final class OpenApiDocument {
  private static final Set<String> ARTICLES = Set.of("a", "an", "the");

  private final Components components = new Components();
  private final ProblemResponses problems = new ProblemResponses(components);

  private OpenApiDocument() {}

  /** Builds the document for the given routes. */
  public static ObjectNode build(
      List<RouteSpec> routes, List<WsRouteSpec> sockets, String version) {
    return new OpenApiDocument().render(routes, sockets, version);
  }

  private ObjectNode render(List<RouteSpec> routes, List<WsRouteSpec> sockets, String version) {
    ObjectNode document = Schemas.object();
    document.put("openapi", "3.1.0");
    document.set("info", info(version));
    document.putArray("servers").addObject().put("url", "/");
    document.put("jsonSchemaDialect", "https://json-schema.org/draft/2020-12/schema");
    ObjectNode paths = document.putObject("paths");
    Set<String> tags = new TreeSet<>();
    for (RouteSpec route : routes) {
      ObjectNode item = paths.withObjectProperty(openApiPath(route.path()));
      item.set(route.method().name().toLowerCase(Locale.ROOT), operation(route));
      tags.add(route.doc().tag());
    }
    for (WsRouteSpec socket : sockets) {
      ObjectNode item = paths.withObjectProperty(openApiPath(socket.path()));
      item.set("get", new WebSocketOperations(components).operation(socket));
      tags.add(socket.doc().tag());
    }
    ArrayNode tagList = document.putArray("tags");
    tags.forEach(tag -> tagList.addObject().put("name", tag));
    ObjectNode componentsNode = document.putObject("components");
    componentsNode.set("securitySchemes", SecuritySchemes.all());
    componentsNode.set("schemas", components.toJson());
    return document;
  }

  private static ObjectNode info(String version) {
    ObjectNode info = Schemas.object();
    info.put("title", "LXD gateway");
    info.put("version", version);
    info.put(
        "description",
        "HTTP API over LXD with users, tokens, API keys and roles (viewer < operator < admin),"
            + " global or granted per LXD project. `x-required-role` names the role a route needs"
            + " and `x-role-scope` where a project grant counts. Every error is an RFC 9457"
            + " problem document with the request id. WebSocket routes are described in their"
            + " `x-websocket` extension.");
    info.putObject("license").put("name", "MIT").put("identifier", "MIT");
    return info;
  }

  private ObjectNode operation(RouteSpec route) {
    RouteDoc doc = route.doc();
    ObjectNode operation = Schemas.object();
    operation.putArray("tags").add(doc.tag());
    operation.put("summary", doc.summary());
    if (!doc.description().isEmpty()) {
      operation.put("description", doc.description());
    }
    operation.put("operationId", operationId(doc.summary()));
    ArrayNode parameters = Parameters.of(route.path(), doc.pathParams(), doc.query());
    doc.headers()
        .forEach(
            (name, meaning) ->
                parameters
                    .addObject()
                    .put("name", name)
                    .put("in", "header")
                    .put("required", false)
                    .put("description", meaning)
                    .set("schema", Schemas.type("string")));
    if (!parameters.isEmpty()) {
      operation.set("parameters", parameters);
    }
    if (doc.body() != null) {
      operation.set("requestBody", requestBody(doc.body()));
    }
    ObjectNode responses = operation.putObject("responses");
    for (Reply reply : doc.replies()) {
      String status = Integer.toString(reply.status());
      ObjectNode earlier = (ObjectNode) responses.get(status);
      ObjectNode response = response(reply);
      if (earlier != null && earlier.has("content") && response.has("content")) {
        // A second reply with the same status adds its media type, such as a file download
        // whose directory form is JSON.
        ((ObjectNode) earlier.get("content")).setAll((ObjectNode) response.get("content"));
      } else {
        responses.set(status, response);
      }
    }
    problems.add(responses, errorStatuses(route));
    SecuritySchemes.apply(operation, route.access(), route.project(), false);
    return operation;
  }

  private static Set<Integer> errorStatuses(RouteSpec route) {
    RouteDoc doc = route.doc();
    Set<Integer> statuses = new TreeSet<>(doc.errors());
    if (!doc.query().isEmpty() || doc.body() != null || route.path().contains("{")) {
      statuses.add(400);
    }
    statuses.addAll(accessStatuses(route.access()));
    if (doc.body() != null) {
      statuses.add(415);
      if (!doc.body().streamed()) {
        statuses.add(413);
      }
    }
    statuses.add(500);
    return statuses;
  }

  /** 401 for every protected route, 403 where the role can be too low. */
  static Set<Integer> accessStatuses(Access access) {
    if (access == Access.PUBLIC) {
      return Set.of();
    }
    return access == Access.AUTHENTICATED ? Set.of(401) : Set.of(401, 403);
  }

  private ObjectNode requestBody(Body body) {
    ObjectNode node = Schemas.object();
    node.put("required", true);
    if (!body.description().isEmpty()) {
      node.put("description", body.description());
    }
    ObjectNode content = node.putObject("content");
    for (String mediaType : body.mediaTypes()) {
      content.putObject(mediaType).set("schema", body.shape().render(components));
    }
    if (body.streamed()) {
      node.put("x-streamed", true);
    } else {
      node.put("x-max-bytes", Body.MAX_BUFFERED_BYTES);
    }
    return node;
  }

  private ObjectNode response(Reply reply) {
    ObjectNode node = Schemas.object();
    node.put("description", reply.description());
    ObjectNode headers = node.putObject("headers");
    headers.set("X-Request-ID", ProblemResponses.requestIdHeader());
    reply
        .headers()
        .forEach(
            (name, meaning) ->
                headers
                    .putObject(name)
                    .put("description", meaning)
                    .set("schema", Schemas.type("string")));
    if (reply.hasBody()) {
      ObjectNode media = node.putObject("content").putObject(reply.mediaType());
      if (reply.shape() != null) {
        media.set("schema", reply.shape().render(components));
      }
    }
    return node;
  }

  /** The OpenAPI form of a Javalin path: {@code <rest>} becomes {@code {rest}}. */
  public static String openApiPath(String javalinPath) {
    return javalinPath.replace('<', '{').replace('>', '}');
  }

  /** {@code Get an instance's state} becomes {@code getInstanceState}. */
  public static String operationId(String summary) {
    StringBuilder id = new StringBuilder();
    for (String word : summary.replace("'s ", " ").split("[^A-Za-z0-9]+")) {
      if (word.isEmpty() || ARTICLES.contains(word.toLowerCase(Locale.ROOT))) {
        continue;
      }
      String lower = word.toLowerCase(Locale.ROOT);
      id.append(
          id.length() == 0 ? lower : Character.toUpperCase(lower.charAt(0)) + lower.substring(1));
    }
    return id.toString();
  }
}

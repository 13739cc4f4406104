package dev.lxdjava.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lxdjava.server.http.RouteCoverage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The OpenAPI document covers exactly the registered routes; needs no LXD. */
class OpenApiDocumentTest {
  private static final Set<String> HTTP_METHODS =
      Set.of("get", "post", "put", "patch", "delete", "head", "options");

  private static GatewayHarness gateway;
  private static JsonNode document;

  @BeforeAll
  static void startGateway() throws Exception {
    gateway = GatewayHarness.startWithoutLxd(Map.of());
    document = gateway.send("GET", "/openapi.json", null, null).json();
  }

  @AfterAll
  static void stopGateway() throws Exception {
    gateway.close();
  }

  private static Gateway server() {
    return gateway.application().gateway();
  }

  /**
   * {@code METHOD path} of every operation in the document, WebSocket ones as {@code WEBSOCKET
   * path}.
   */
  private static Set<String> documentedEndpoints() {
    Set<String> endpoints = new TreeSet<>();
    document
        .get("paths")
        .fields()
        .forEachRemaining(
            path ->
                path.getValue()
                    .fields()
                    .forEachRemaining(
                        operation -> {
                          boolean socket = operation.getValue().has("x-websocket");
                          String method =
                              socket ? "WEBSOCKET" : operation.getKey().toUpperCase(Locale.ROOT);
                          endpoints.add(method + " " + path.getKey());
                        }));
    return endpoints;
  }

  /** Javalin's own endpoint list, as {@code METHOD path} in Javalin's path syntax. */
  private static List<String> registeredEndpoints() {
    return server().registeredRoutes().stream().map(RouteCoverage.Registered::toString).toList();
  }

  /**
   * Javalin's own endpoint list, in the document's path syntax. A HEAD endpoint counts as its GET,
   * which the document lists.
   */
  private static Set<String> javalinEndpoints() {
    Set<String> endpoints = new TreeSet<>();
    for (String endpoint : registeredEndpoints()) {
      endpoints.add(endpoint.replace('<', '{').replace('>', '}').replaceFirst("^HEAD ", "GET "));
    }
    return endpoints;
  }

  @Test
  void everyJavalinEndpointIsDocumented() {
    Set<String> undocumented = new TreeSet<>(javalinEndpoints());

    undocumented.removeAll(documentedEndpoints());

    assertThat(undocumented).as("registered but missing from /openapi.json").isEmpty();
  }

  @Test
  void everyDocumentedOperationIsRegistered() {
    Set<String> unregistered = new TreeSet<>(documentedEndpoints());

    unregistered.removeAll(javalinEndpoints());

    assertThat(unregistered).as("documented but not registered").isEmpty();
  }

  @Test
  void everyGetEndpointServesHead() {
    List<String> registered = registeredEndpoints();

    for (String endpoint : registered) {
      if (endpoint.startsWith("GET ")) {
        assertThat(registered).contains("HEAD " + endpoint.substring(4));
      }
    }
  }

  @Test
  void routerTableMatchesJavalinEndpoints() {
    Set<String> table = new TreeSet<>();
    server().routes().forEach(route -> table.add(route.method().name() + " " + route.path()));
    server().webSocketRoutes().forEach(route -> table.add("WEBSOCKET " + route.path()));

    assertThat(table).isEqualTo(javalinEndpoints());
  }

  @Test
  void documentIsOpenApi31() {
    assertThat(document.get("openapi").asText()).isEqualTo("3.1.0");
    assertThat(document.at("/info/title").asText()).isNotEmpty();
    assertThat(document.at("/components/securitySchemes").fieldNames())
        .toIterable()
        .containsExactlyInAnyOrder("bearerAuth", "apiKeyAuth", "queryToken");
  }

  @Test
  void operationIdsAreUnique() {
    List<String> ids = new ArrayList<>();
    forEachOperation((path, method, operation) -> ids.add(operation.get("operationId").asText()));

    assertThat(ids).doesNotHaveDuplicates().doesNotContain("");
  }

  @Test
  void everyErrorResponseIsAProblemDocument() {
    List<String> wrong = new ArrayList<>();
    forEachOperation(
        (path, method, operation) ->
            operation
                .get("responses")
                .fields()
                .forEachRemaining(
                    response -> {
                      int status = Integer.parseInt(response.getKey());
                      JsonNode schema =
                          response.getValue().at("/content/application~1problem+json/schema/$ref");
                      if (status >= 400
                          && !schema.asText().equals("#/components/schemas/Problem")) {
                        wrong.add(method + " " + path + " " + status);
                      }
                    }));

    assertThat(wrong).isEmpty();
  }

  @Test
  void protectedOperationsNameTheirRoleAndSchemes() {
    JsonNode list = document.at("/paths/~1api~1v1~1instances/get");
    JsonNode health = document.at("/paths/~1health/get");

    assertThat(list.get("x-required-role").asText()).isEqualTo("viewer");
    assertThat(list.get("security").toString()).contains("bearerAuth").contains("apiKeyAuth");
    assertThat(list.at("/responses/401").isMissingNode()).isFalse();
    assertThat(health.get("security").isEmpty()).isTrue();
  }

  @Test
  void roleScopeFollowsDeclaration() {
    JsonNode instances = document.at("/paths/~1api~1v1~1instances/get");
    JsonNode operations = document.at("/paths/~1api~1v1~1operations/get");
    JsonNode info = document.at("/paths/~1api~1v1~1system~1info/get");
    JsonNode users = document.at("/paths/~1api~1v1~1auth~1users/get");
    JsonNode me = document.at("/paths/~1api~1v1~1auth~1me/get");

    assertThat(instances.get("x-role-scope").asText()).isEqualTo("project");
    assertThat(operations.get("x-role-scope").asText()).isEqualTo("project-or-any");
    assertThat(info.get("x-role-scope").asText()).isEqualTo("global");
    assertThat(users.get("x-required-role").asText()).isEqualTo("admin");
    assertThat(users.get("x-role-scope").asText()).isEqualTo("global");
    assertThat(me.get("x-required-role").asText()).isEqualTo("none");
    assertThat(me.at("/responses/403").isMissingNode()).isTrue();
  }

  @Test
  void apiKeysAreBearerCredentials() {
    JsonNode schemes = document.at("/components/securitySchemes");

    assertThat(schemes.at("/apiKeyAuth/type").asText()).isEqualTo("http");
    assertThat(schemes.at("/apiKeyAuth/scheme").asText()).isEqualTo("bearer");
    assertThat(schemes.at("/apiKeyAuth/bearerFormat").asText()).startsWith("lxdk_");
    assertThat(schemes.at("/queryToken/in").asText()).isEqualTo("query");
    assertThat(schemes.at("/queryToken/name").asText()).isEqualTo("token");
  }

  @Test
  void everyReferenceResolves() {
    Set<String> references = new HashSet<>();
    collectReferences(document, references);

    for (String reference : references) {
      assertThat(document.at(reference.substring(1)).isMissingNode())
          .as("target of " + reference)
          .isFalse();
    }
  }

  @Test
  void everyPathParameterIsDeclared() {
    List<String> missing = new ArrayList<>();
    forEachOperation(
        (path, method, operation) -> {
          Set<String> declared = new HashSet<>();
          operation.path("parameters").forEach(p -> declared.add(p.get("name").asText()));
          java.util.regex.Matcher names =
              java.util.regex.Pattern.compile("\\{([^}]+)}").matcher(path);
          while (names.find()) {
            if (!declared.contains(names.group(1))) {
              missing.add(method + " " + path + " " + names.group(1));
            }
          }
        });

    assertThat(missing).isEmpty();
  }

  private static void collectReferences(JsonNode node, Set<String> references) {
    if (node.isObject() && node.has("$ref")) {
      references.add(node.get("$ref").asText());
    }
    node.forEach(child -> collectReferences(child, references));
  }

  private interface OperationVisitor {
    void visit(String path, String method, JsonNode operation);
  }

  private static void forEachOperation(OperationVisitor visitor) {
    document
        .get("paths")
        .fields()
        .forEachRemaining(
            path ->
                path.getValue()
                    .fields()
                    .forEachRemaining(
                        operation -> {
                          if (HTTP_METHODS.contains(operation.getKey())) {
                            visitor.visit(path.getKey(), operation.getKey(), operation.getValue());
                          }
                        }));
  }
}

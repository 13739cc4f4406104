package dev.lxdjava.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;
import java.util.Locale;

/**
 * Validates gateway replies against the response schemas of the OpenAPI document with a JSON Schema
 * 2020-12 validator. The document's components become the schema's {@code $defs}.
 */
final class ApiSchemaAssert {
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

  private final JsonNode document;

  ApiSchemaAssert(JsonNode document) {
    this.document = document;
  }

  /**
   * Checks that the document lists the reply's status for {@code method path} and that the body
   * matches that response's schema.
   *
   * @param path path in the document's form, for example {@code /api/v1/instances/{name}}
   */
  void matches(String method, String path, GatewayHarness.Reply reply) {
    JsonNode operation = document.get("paths").path(path).path(method.toLowerCase(Locale.ROOT));
    assertThat(operation.isMissingNode()).as("%s %s is documented", method, path).isFalse();
    JsonNode response = operation.get("responses").path(Integer.toString(reply.status()));
    assertThat(response.isMissingNode())
        .as("%s %s documents status %d (reply: %s)", method, path, reply.status(), reply)
        .isFalse();
    if (!response.has("content")) {
      assertThat(reply.body()).as("body of an undocumented-content reply").isEmpty();
      return;
    }
    String mediaType = reply.header("Content-Type").split(";")[0].strip();
    JsonNode schema = response.get("content").path(mediaType).path("schema");
    assertThat(schema.isMissingNode())
        .as("%s %s %d documents content type %s", method, path, reply.status(), mediaType)
        .isFalse();
    if (mediaType.endsWith("json")) {
      assertValid(schema, reply, method + " " + path);
    }
  }

  /** Checks that a JSON request body matches the route's documented request body schema. */
  void acceptsBody(String method, String path, String body) {
    JsonNode schema =
        document
            .get("paths")
            .path(path)
            .path(method.toLowerCase(Locale.ROOT))
            .at("/requestBody/content/application~1json/schema");
    assertThat(schema.isMissingNode()).as("%s %s documents a JSON body", method, path).isFalse();
    List<Error> errors = validator(schema).validate(body, InputFormat.JSON);
    assertThat(errors).as("%s %s request body %s", method, path, body).isEmpty();
  }

  /** Checks that the reply is a problem document, for responses outside any documented route. */
  void isProblem(GatewayHarness.Reply reply) {
    assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
    assertValid(document.at("/components/schemas/Problem"), reply, "problem");
  }

  private void assertValid(JsonNode schema, GatewayHarness.Reply reply, String what) {
    List<Error> errors = validator(schema).validate(reply.body(), InputFormat.JSON);
    assertThat(errors).as("%s %d body %s", what, reply.status(), reply.body()).isEmpty();
  }

  private Schema validator(JsonNode responseSchema) {
    ObjectNode schema = responseSchema.deepCopy();
    schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    schema.set("$defs", document.at("/components/schemas"));
    String text = schema.toString().replace("#/components/schemas/", "#/$defs/");
    return REGISTRY.getSchema(text, InputFormat.JSON);
  }
}

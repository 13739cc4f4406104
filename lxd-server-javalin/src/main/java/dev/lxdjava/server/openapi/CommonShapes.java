package dev.lxdjava.server.openapi;

import dev.lxdjava.server.openapi.Schemas.ObjectSchema;

/** Schemas shared by many routes: problem details and operations. */
public final class CommonShapes {
  private CommonShapes() {}

  /** RFC 9457 problem details, the body of every error response. */
  public static final Shape PROBLEM =
      Shape.named(
          "Problem",
          components ->
              Schemas.objectSchema(false)
                  .description(
                      "RFC 9457 problem details. Extra members carry facts such as"
                          + " `lxd_error_code`, `operation_id`, `field` or `parameter`.")
                  .required(
                      "type",
                      Schemas.type("string", "problem type, `urn:lxd-gateway:problem:<slug>`"))
                  .required("title", Schemas.type("string", "HTTP reason phrase"))
                  .required("status", Schemas.type("integer", "HTTP status"))
                  .required("detail", Schemas.type("string", "what went wrong, naming the value"))
                  .required("instance", Schemas.type("string", "request path"))
                  .required("request_id", Schemas.type("string", "the request's X-Request-ID"))
                  .optional("lxd_error_code", Schemas.type("integer", "LXD's `error_code`"))
                  .optional("operation_id", Schemas.type("string", "LXD operation concerned"))
                  .optional("field", Schemas.type("string", "invalid body field or name"))
                  .optional("parameter", Schemas.type("string", "invalid query parameter"))
                  .optional(
                      "allowed_methods",
                      Schemas.type("string", "with 405: the methods the path accepts"))
                  .build());

  /** The 202 reply to a request that started an LXD operation. */
  public static final Shape OPERATION_REFERENCE =
      Shape.named(
          "OperationReference",
          components ->
              Schemas.objectSchema(true)
                  .description("Where to follow an operation LXD runs in the background.")
                  .required("operation_id", Schemas.type("string", "LXD's operation UUID"))
                  .required("project", Schemas.type("string", "LXD project of the operation"))
                  .required("status", Schemas.type("string", "LXD status, such as `Running`"))
                  .required("status_code", Schemas.type("integer", "LXD status code"))
                  .required("description", Schemas.type("string"))
                  .required(
                      "operation_url",
                      Schemas.type("string", "LXD's own URL, `/1.0/operations/{id}`"))
                  .required("poll_url", Schemas.type("string", "gateway URL to read it"))
                  .required("wait_url", Schemas.type("string", "gateway URL to wait for it"))
                  .build());

  /** LXD's operation object with the project it belongs to. */
  public static final Shape OPERATION =
      Shape.named(
          "Operation",
          components -> {
            ObjectSchema schema =
                Schemas.objectSchema(true)
                    .description("An LXD background operation, with LXD's field names.")
                    .required("id", Schemas.type("string"))
                    .required(
                        "class", Schemas.choice("operation class", "task", "websocket", "token"))
                    .required("description", Schemas.type("string"))
                    .required("status", Schemas.type("string", "LXD status name"))
                    .required("status_code", Schemas.type("integer", "LXD status code"))
                    .required("resources", resources())
                    .required("metadata", Schemas.type("object", "operation-specific data"))
                    .required("may_cancel", Schemas.type("boolean"))
                    .required("err", Schemas.type("string", "LXD's error text when it failed"))
                    .required("location", Schemas.type("string", "cluster member, or `none`"))
                    .required("project", Schemas.type("string", "LXD project of the operation"));
            schema.optional("created_at", Schemas.type("string").put("format", "date-time"));
            schema.optional("updated_at", Schemas.type("string").put("format", "date-time"));
            return schema.build();
          });

  private static com.fasterxml.jackson.databind.node.ObjectNode resources() {
    var schema = Schemas.type("object", "URLs of the objects it touches, by kind");
    schema.set("additionalProperties", Schemas.type("array").set("items", Schemas.type("string")));
    return schema;
  }
}

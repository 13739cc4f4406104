package dev.lxdjava.server.routes;

import dev.lxdjava.core.server.ServerInfo;
import dev.lxdjava.server.openapi.RouteDoc;
import dev.lxdjava.server.openapi.Schemas;
import dev.lxdjava.server.openapi.Shape;

/** Documentation of the health and system routes. */
final class SystemDocs {
  private SystemDocs() {}

  static final String TAG = "system";

  static final Shape HEALTH =
      Shape.named(
          "Health",
          components ->
              Schemas.objectSchema(true)
                  .required("status", Schemas.choice("always `ok`", "ok"))
                  .required("version", Schemas.type("string", "gateway version"))
                  .build());

  static final Shape DEEP_HEALTH_BODY =
      Shape.named(
          "DeepHealth",
          components ->
              Schemas.objectSchema(true)
                  .required("status", Schemas.choice("always `ok`", "ok"))
                  .required("version", Schemas.type("string", "gateway version"))
                  .required(
                      "lxd",
                      Schemas.objectSchema(true)
                          .required("status", Schemas.choice("always `ok`", "ok"))
                          .required(
                              "response_ms",
                              Schemas.type("integer", "time LXD took to answer, in ms"))
                          .build())
                  .build());

  static final RouteDoc DEEP_HEALTH =
      RouteDoc.builder(TAG, "Check LXD health")
          .description(
              "Asks LXD for `GET /1.0`. 200 when LXD answers; 503 with the reason as a problem"
                  + " document when it does not.")
          .json(200, "LXD answers", DEEP_HEALTH_BODY)
          .errors(503)
          .build();

  static final RouteDoc INFO =
      RouteDoc.builder(TAG, "Get LXD server information")
          .description(
              "LXD's `GET /1.0`: API version and extensions, authentication state, server"
                  + " configuration and host environment, with LXD's field names.")
          .json(200, "What LXD reports about itself", Shape.of(ServerInfo.class))
          .lxd()
          .build();

  static final RouteDoc RESOURCES =
      RouteDoc.builder(TAG, "Get the LXD host's hardware")
          .description(
              "LXD's `GET /1.0/resources` as LXD sends it: `cpu`, `memory`, `gpu`, `network`,"
                  + " `storage`, `usb`, `pci` and `system`. Host hardware is not scoped to a"
                  + " project, so only a global viewer reads it.")
          .json(200, "LXD's resources object", Shape.any())
          .lxd()
          .build();
}

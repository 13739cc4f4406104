package dev.lxdjava.server.routes;

import dev.lxdjava.server.http.QueryParams;
import dev.lxdjava.server.openapi.Body;
import dev.lxdjava.server.openapi.RouteDoc;
import dev.lxdjava.server.openapi.Shape;

/** Documentation of the non-interactive exec route. */
final class ExecDocs {
  private ExecDocs() {}

  private static final String NAME =
      "Instance name: 1 to 63 ASCII letters, digits and hyphens, not starting with a digit or"
          + " hyphen, not ending with a hyphen";

  static final RouteDoc RUN =
      RouteDoc.builder("instances", "Run a command to its end")
          .description(
              "Runs a command without a terminal, waits until it ends or `timeout` seconds pass"
                  + " (default 60, at most 3600) and returns its exit code and output. Each"
                  + " output stream keeps at most `max_output_bytes` (default 1 MiB, at most 16"
                  + " MiB). `stdin`, `stdout` and `stderr` are UTF-8 text, or base64 with"
                  + " `encoding=base64`. Interactive sessions use the WebSocket of the same path.")
          .pathParam("name", NAME)
          .query(QueryParams.PROJECT)
          .body(Body.json(Shape.of(ExecRoutes.Body.class)))
          .json(200, "The command ended or was killed", Shape.of(ExecRoutes.Result.class))
          .errors(404, 409)
          .lxd()
          .build();
}

package dev.lxdjava.server.routes;

import dev.lxdjava.server.Version;
import dev.lxdjava.server.http.Access;
import dev.lxdjava.server.http.Router;
import dev.lxdjava.server.openapi.RouteDoc;
import io.javalin.http.Context;
import java.util.Map;

/** Liveness: {@code GET /health} responds without calling LXD. */
public final class HealthRoutes {
  /** Registers the routes. */
  public void register(Router router) {
    router.get(
        "/health",
        Access.PUBLIC,
        RouteDoc.builder(SystemDocs.TAG, "Check liveness")
            .description("Answers while the gateway runs, without calling LXD.")
            .json(200, "The gateway runs", SystemDocs.HEALTH)
            .build(),
        this::health);
  }

  private void health(Context ctx) {
    ctx.json(Map.of("status", "ok", "version", Version.current()));
  }
}

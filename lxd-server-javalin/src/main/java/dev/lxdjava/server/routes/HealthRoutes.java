package dev.lxdjava.server.routes;

import dev.lxdjava.server.Version;
import dev.lxdjava.server.http.Access;
import dev.lxdjava.server.http.Router;
import io.javalin.http.Context;
import java.util.Map;

/** Liveness: {@code GET /health} answers without calling LXD. */
public final class HealthRoutes {
  /** Registers the routes. */
  public void register(Router router) {
    router.get("/health", Access.PUBLIC, this::health);
  }

  private void health(Context ctx) {
    ctx.json(Map.of("status", "ok", "version", Version.current()));
  }
}

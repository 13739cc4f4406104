package dev.lxdjava.server.routes;

import dev.lxdjava.core.Lxd;
import dev.lxdjava.core.LxdException;
import dev.lxdjava.server.Version;
import dev.lxdjava.server.http.Access;
import dev.lxdjava.server.http.ApiException;
import dev.lxdjava.server.http.Router;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;

/** The daemon behind the gateway: deep health check and LXD's own description. */
public final class SystemRoutes {
  private final Lxd lxd;

  public SystemRoutes(Lxd lxd) {
    this.lxd = lxd;
  }

  /** Registers the routes. */
  public void register(Router router) {
    router.get("/api/v1/system/health", Access.PUBLIC, SystemDocs.DEEP_HEALTH, this::deepHealth);
    router.get("/api/v1/system/info", Access.VIEWER, SystemDocs.INFO, this::info);
  }

  /** 200 when LXD answers {@code GET /1.0}, 503 with the reason when it does not. */
  private void deepHealth(Context ctx) {
    long start = System.nanoTime();
    try {
      lxd.server().info();
    } catch (LxdException e) {
      throw new ApiException(503, "lxd-unreachable", "LXD is not answering: " + e.getMessage());
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", "ok");
    body.put("version", Version.current());
    body.put("lxd", Map.of("status", "ok", "response_ms", (System.nanoTime() - start) / 1_000_000));
    ctx.json(body);
  }

  private void info(Context ctx) {
    ctx.json(lxd.server().info());
  }
}

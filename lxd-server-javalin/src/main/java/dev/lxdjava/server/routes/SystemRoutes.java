package dev.lxdjava.server.routes;

import dev.lxdjava.core.Lxd;
import dev.lxdjava.core.LxdException;
import dev.lxdjava.server.Version;
import dev.lxdjava.server.http.Access;
import dev.lxdjava.server.http.ApiException;
import dev.lxdjava.server.http.ProjectFrom;
import dev.lxdjava.server.http.Router;
import io.javalin.http.Context;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/** The daemon behind the gateway: deep health check, LXD's own description and its host. */
public final class SystemRoutes {
  /** Maximum time the deep health check waits for LXD. */
  static final Duration HEALTH_TIMEOUT = Duration.ofSeconds(5);

  private final Lxd lxd;
  private final ExecutorService probes =
      Executors.newCachedThreadPool(
          task -> {
            Thread thread = new Thread(task, "lxd-health-probe");
            thread.setDaemon(true);
            return thread;
          });

  /** The probe in flight; concurrent checks share it, so a hung LXD ties up one thread only. */
  private final AtomicReference<Future<?>> current = new AtomicReference<>();

  public SystemRoutes(Lxd lxd) {
    this.lxd = lxd;
  }

  /** Registers the routes. */
  public void register(Router router) {
    router.get("/api/v1/system/health", Access.PUBLIC, SystemDocs.DEEP_HEALTH, this::deepHealth);
    // LXD's server description includes the server's configuration, which project grants do not
    // cover: only a global viewer reads it.
    router.get(
        "/api/v1/system/info", Access.VIEWER, ProjectFrom.GLOBAL, SystemDocs.INFO, this::info);
    router.get(
        "/api/v1/system/resources",
        Access.VIEWER,
        ProjectFrom.GLOBAL,
        SystemDocs.RESOURCES,
        this::resources);
  }

  /**
   * Returns 200 when LXD replies to {@code GET /1.0} within {@link #HEALTH_TIMEOUT}, 503 with the
   * reason when it does not. A hung daemon keeps the probe thread until the SDK's own request
   * timeout, but the health check answers on time.
   */
  private void deepHealth(Context ctx) throws InterruptedException {
    long start = System.nanoTime();
    Future<?> probe = probe();
    try {
      probe.get(HEALTH_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      throw new ApiException(
          503,
          "lxd-unreachable",
          "LXD is not answering: no reply to GET /1.0 within " + HEALTH_TIMEOUT.toSeconds() + " s");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof LxdException failure) {
        throw new ApiException(
            503, "lxd-unreachable", "LXD is not answering: " + failure.getMessage());
      }
      throw new IllegalStateException("health probe failed", e.getCause());
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", "ok");
    body.put("version", Version.current());
    body.put("lxd", Map.of("status", "ok", "response_ms", (System.nanoTime() - start) / 1_000_000));
    ctx.json(body);
  }

  private synchronized Future<?> probe() {
    Future<?> running = current.get();
    if (running == null || running.isDone()) {
      running = probes.submit(() -> lxd.server().info());
      current.set(running);
    }
    return running;
  }

  private void info(Context ctx) {
    ctx.json(lxd.server().info());
  }

  private void resources(Context ctx) {
    ctx.json(lxd.server().resources().raw());
  }
}

package dev.lxdjava.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lxdjava.core.Lxd;
import dev.lxdjava.core.instance.InstanceCreate;
import dev.lxdjava.core.project.ProjectCreate;
import dev.lxdjava.testkit.TestNames;
import dev.lxdjava.transport.LxdClient;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Measures requests per second and latency of {@code GET /api/v1/instances} on a running gateway,
 * with an access token, at several concurrency levels. Not a test: run it with {@code
 * scripts/benchmark-gateway.sh}, which starts the gateway jar in its own JVM so its heap can be
 * read apart from this load generator's.
 *
 * <p>Arguments: the gateway's base URL, the admin password, and {@code fake} or {@code unix}. On
 * the fake it creates 200 instances through the gateway. On real LXD it creates a project {@code
 * lxdjt-bench-…} with 20 stopped instances through the SDK, lists that project only, and deletes
 * both in a {@code finally} block.
 */
public final class GatewayBenchmark {
  private static final int FAKE_INSTANCES = 200;
  private static final int REAL_INSTANCES = 20;
  private static final int[] CONCURRENCY = {1, 16, 64};
  private static final Duration WARM_UP = Duration.ofSeconds(5);
  private static final Duration MEASURED = Duration.ofSeconds(10);

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private final ObjectMapper json = new ObjectMapper();
  private final String baseUrl;
  private String token;

  private GatewayBenchmark(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  public static void main(String[] args) throws Exception {
    if (args.length != 3 || !List.of("fake", "unix").contains(args[2])) {
      System.err.println("usage: GatewayBenchmark BASE_URL ADMIN_PASSWORD fake|unix");
      System.exit(2);
    }
    GatewayBenchmark benchmark = new GatewayBenchmark(args[0]);
    benchmark.login(args[1]);
    if (args[2].equals("fake")) {
      benchmark.createOnFake(FAKE_INSTANCES);
      benchmark.measure("/api/v1/instances?limit=1000");
      return;
    }
    String project = uniqueName();
    try (Lxd root = LxdClient.connect()) {
      root.projects()
          .create(
              ProjectCreate.of(project)
                  .withFeature("images", false)
                  .withFeature("profiles", false));
      List<String> created = new ArrayList<>();
      try {
        Lxd lxd = root.project(project);
        for (int i = 0; i < REAL_INSTANCES; i++) {
          String name = uniqueName();
          created.add(name);
          lxd.instances()
              .create(InstanceCreate.builder(name).image(TestNames.IMAGE_ALIAS).build())
              .await();
        }
        benchmark.measure("/api/v1/instances?limit=1000&project=" + encode(project));
      } finally {
        deleteAll(root, project, created);
      }
    }
  }

  private void login(String password) throws Exception {
    String body =
        json.writeValueAsString(Map.of("username", GatewayHarness.ADMIN, "password", password));
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/auth/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(
          "login failed with " + response.statusCode() + ": " + response.body());
    }
    token = json.readTree(response.body()).path("access_token").asText();
  }

  private void createOnFake(int count) throws Exception {
    for (int i = 0; i < count; i++) {
      String body =
          json.writeValueAsString(
              Map.of(
                  "name",
                  "bench" + i,
                  "source",
                  Map.of("type", "image", "alias", "lxdjava-busybox")));
      HttpResponse<String> response =
          http.send(
              authorized("/api/v1/instances?wait=true")
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofString(body))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() >= 300) {
        throw new IllegalStateException(
            "creating instance bench"
                + i
                + " failed with "
                + response.statusCode()
                + ": "
                + response.body());
      }
    }
  }

  private void measure(String path) throws Exception {
    HttpResponse<String> first =
        http.send(authorized(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    JsonNode page = json.readTree(first.body());
    System.out.printf(
        "GET %s: status %d, %d instances, %d bytes per response%n",
        path, first.statusCode(), page.path("items").size(), first.body().length());
    load(path, 16, WARM_UP);
    breakDown(path);
    for (int callers : CONCURRENCY) {
      System.out.printf(
          "concurrency %d for %d s: %s%n",
          callers, MEASURED.toSeconds(), load(path, callers, MEASURED));
    }
  }

  /**
   * Times one caller's requests on routes that do successively more of the list request's work:
   * HTTP only, then the access token check, then an LXD call that returns names only, then the full
   * list.
   */
  private void breakDown(String listPath) throws Exception {
    String namesPath = listPath.replace("?", "?expand=false&");
    for (String path : List.of("/health", "/api/v1/auth/me", namesPath, listPath)) {
      HttpRequest request = authorized(path).GET().build();
      long[] nanos = new long[200];
      for (int i = 0; i < nanos.length; i++) {
        long started = System.nanoTime();
        HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
        nanos[i] = System.nanoTime() - started;
        if (response.statusCode() != 200) {
          throw new IllegalStateException("GET " + path + " returned " + response.statusCode());
        }
      }
      System.out.printf("  one caller, GET %s: %s%n", path, stats(nanos));
    }
  }

  /** Runs {@code callers} threads that each send the request in a loop until {@code duration}. */
  private String load(String path, int callers, Duration duration) throws Exception {
    HttpRequest request = authorized(path).GET().build();
    AtomicBoolean running = new AtomicBoolean(true);
    AtomicLong failures = new AtomicLong();
    CountDownLatch done = new CountDownLatch(callers);
    List<long[]> samples = Collections.synchronizedList(new ArrayList<>());
    for (int i = 0; i < callers; i++) {
      Thread caller =
          new Thread(
              () -> {
                long[] own = new long[1024];
                int count = 0;
                try {
                  while (running.get()) {
                    long started = System.nanoTime();
                    HttpResponse<Void> response =
                        http.send(request, HttpResponse.BodyHandlers.discarding());
                    if (response.statusCode() != 200) {
                      failures.incrementAndGet();
                    }
                    if (count == own.length) {
                      own = Arrays.copyOf(own, count * 2);
                    }
                    own[count++] = System.nanoTime() - started;
                  }
                } catch (Exception e) {
                  failures.incrementAndGet();
                  System.err.println("request failed: " + e);
                } finally {
                  samples.add(Arrays.copyOf(own, count));
                  done.countDown();
                }
              });
      caller.start();
    }
    long started = System.nanoTime();
    Thread.sleep(duration.toMillis());
    running.set(false);
    done.await();
    double elapsed = (System.nanoTime() - started) / 1e9;
    long[] all = samples.stream().flatMapToLong(Arrays::stream).toArray();
    return String.format(
        "%.0f requests/s, %s, %d failures", all.length / elapsed, stats(all), failures.get());
  }

  private HttpRequest.Builder authorized(String path) {
    return HttpRequest.newBuilder(URI.create(baseUrl + path))
        .timeout(Duration.ofSeconds(60))
        .header("Authorization", "Bearer " + token);
  }

  private static void deleteAll(Lxd root, String project, List<String> instances) {
    Lxd lxd = root.project(project);
    for (String name : instances) {
      try {
        if (lxd.instances().find(name).isPresent()) {
          lxd.instances().delete(name).await();
        }
      } catch (RuntimeException e) {
        System.err.println("cannot delete benchmark instance " + name + ": " + e.getMessage());
      }
    }
    try {
      root.projects().delete(project);
    } catch (RuntimeException e) {
      System.err.println("cannot delete benchmark project " + project + ": " + e.getMessage());
    }
  }

  private static String uniqueName() {
    byte[] bytes = new byte[4];
    new SecureRandom().nextBytes(bytes);
    return TestNames.PREFIX + "bench-" + HexFormat.of().formatHex(bytes);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /** Median, 90th and 99th percentile and maximum of nanosecond samples, in milliseconds. */
  private static String stats(long[] nanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    if (sorted.length == 0) {
      return "no completed requests";
    }
    return String.format(
        "median %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.1f ms over %d requests",
        sorted[sorted.length / 2] / 1e6,
        sorted[(int) (sorted.length * 0.9)] / 1e6,
        sorted[(int) (sorted.length * 0.99)] / 1e6,
        sorted[sorted.length - 1] / 1e6,
        sorted.length);
  }
}

package dev.lxdjava.transport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lxdjava.core.Lxd;
import dev.lxdjava.core.instance.InstanceCreate;
import dev.lxdjava.core.operation.Operation;
import dev.lxdjava.core.project.ProjectCreate;
import dev.lxdjava.testkit.TestNames;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.client.ContentResponse;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.StringRequestContent;
import org.eclipse.jetty.io.Transport;

/**
 * Measures the SDK against the real local LXD: request latency, instance life cycle, exec round
 * trip and throughput of the shared connection pool. Not a test: run it with {@code
 * scripts/benchmark-sdk.sh}. Prints one line per measurement.
 *
 * <p>Everything it creates lives in a new project named {@code lxdjt-bench-…}, so the listed
 * instances are exactly its own, and is deleted in {@code finally} blocks, also after a failure.
 */
public final class SdkBenchmark {
  private static final String PREFIX = TestNames.PREFIX + "bench-";
  private static final int LISTED_INSTANCES = 20;

  private SdkBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path socket =
        SocketPaths.detect(System.getenv())
            .orElseThrow(() -> new IllegalStateException("no LXD socket found"));
    String project = uniqueName();
    try (Lxd root = LxdClient.unixSocket(socket)) {
      root.projects()
          .create(
              ProjectCreate.of(project)
                  .withFeature("images", false)
                  .withFeature("profiles", false));
      try {
        run(root.project(project), socket, project);
      } finally {
        deleteProject(root, project);
      }
    }
  }

  private static void run(Lxd lxd, Path socket, String project) throws Exception {
    for (int i = 0; i < 200; i++) {
      lxd.server().info();
    }
    System.out.printf("GET /1.0 (server info): %s%n", stats(serverInfo(lxd, 200)));
    System.out.printf("create+start+stop+delete: %s%n", stats(lifeCycle(lxd, 10)));
    List<String> created = new ArrayList<>();
    try {
      for (int i = 0; i < LISTED_INSTANCES; i++) {
        String name = uniqueName();
        created.add(name);
        lxd.instances().create(creation(name)).await();
      }
      lxd.instances().start(created.get(0)).await();
      System.out.printf(
          "list with recursion 1 (%d instances, 1 running): %s%n",
          lxd.instances().list().size(), stats(list(lxd, 100)));
      System.out.printf(
          "exec true until exit code: %s%n", stats(exec(lxd, socket, project, created.get(0), 50)));
      for (int callers : new int[] {1, 8, 32}) {
        System.out.printf(
            "pool, %d callers, GET /1.0 for 10 s: %s%n", callers, concurrent(lxd, callers, 10));
      }
    } finally {
      for (String name : created) {
        deleteQuietly(lxd, name);
      }
    }
  }

  private static long[] serverInfo(Lxd lxd, int samples) {
    long[] nanos = new long[samples];
    for (int i = 0; i < samples; i++) {
      long started = System.nanoTime();
      lxd.server().info();
      nanos[i] = System.nanoTime() - started;
    }
    return nanos;
  }

  private static long[] list(Lxd lxd, int samples) {
    long[] nanos = new long[samples];
    for (int i = 0; i < samples; i++) {
      long started = System.nanoTime();
      lxd.instances().list();
      nanos[i] = System.nanoTime() - started;
    }
    return nanos;
  }

  /** Times whole cycles and prints each step's share, so slow steps show. */
  private static long[] lifeCycle(Lxd lxd, int samples) {
    long[] nanos = new long[samples];
    long[][] steps = new long[4][samples];
    for (int i = 0; i < samples; i++) {
      String name = uniqueName();
      try {
        long started = System.nanoTime();
        lxd.instances().create(creation(name)).await();
        steps[0][i] = System.nanoTime() - started;
        lxd.instances().start(name).await();
        steps[1][i] = System.nanoTime() - started - steps[0][i];
        lxd.instances().stop(name, true).await();
        steps[2][i] = System.nanoTime() - started - steps[0][i] - steps[1][i];
        lxd.instances().delete(name).await();
        nanos[i] = System.nanoTime() - started;
        steps[3][i] = nanos[i] - steps[0][i] - steps[1][i] - steps[2][i];
      } finally {
        deleteQuietly(lxd, name);
      }
    }
    String[] labels = {"create", "start", "stop (force)", "delete"};
    for (int step = 0; step < labels.length; step++) {
      System.out.printf("  life cycle step %s: %s%n", labels[step], stats(steps[step]));
    }
    return nanos;
  }

  private static InstanceCreate creation(String name) {
    return InstanceCreate.builder(name).image(TestNames.IMAGE_ALIAS).build();
  }

  /** Times {@code true} from the exec request until the operation reports the exit code. */
  private static long[] exec(Lxd lxd, Path socket, String project, String instance, int samples)
      throws Exception {
    // NOTE: the SDK has no exec method yet, so a plain Jetty client sends the POST over the socket
    // and only the wait goes through the SDK.
    HttpClient client = new HttpClient();
    client.start();
    ObjectMapper json = new ObjectMapper();
    String body =
        json.writeValueAsString(
            Map.of(
                "command", List.of("true"),
                "wait-for-websocket", false,
                "interactive", false,
                "record-output", false));
    try {
      long[] nanos = new long[samples + 5];
      for (int i = 0; i < nanos.length; i++) {
        long started = System.nanoTime();
        ContentResponse response =
            client
                .newRequest("http://lxd/1.0/instances/" + instance + "/exec?project=" + project)
                .transport(new Transport.TCPUnix(socket))
                .method("POST")
                .body(new StringRequestContent("application/json", body))
                .timeout(60, TimeUnit.SECONDS)
                .send();
        JsonNode reply = json.readTree(response.getContentAsString());
        String operationId = reply.path("metadata").path("id").asText();
        Operation done = lxd.operations().handle(operationId).await();
        nanos[i] = System.nanoTime() - started;
        Object exitCode = done.metadata().get("return");
        if (!Integer.valueOf(0).equals(exitCode)) {
          throw new IllegalStateException("exec of true returned " + exitCode + ": " + done);
        }
      }
      // The first runs warm up the exec path and are left out.
      return Arrays.copyOfRange(nanos, 5, nanos.length);
    } finally {
      client.stop();
    }
  }

  /** Runs {@code callers} threads that each call {@code GET /1.0} in a loop for {@code seconds}. */
  private static String concurrent(Lxd lxd, int callers, int seconds) throws Exception {
    AtomicBoolean running = new AtomicBoolean(true);
    CountDownLatch done = new CountDownLatch(callers);
    List<List<Long>> samples = new ArrayList<>();
    List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
    for (int i = 0; i < callers; i++) {
      List<Long> own = new ArrayList<>();
      samples.add(own);
      Thread caller =
          new Thread(
              () -> {
                try {
                  while (running.get()) {
                    long started = System.nanoTime();
                    lxd.server().info();
                    own.add(System.nanoTime() - started);
                  }
                } catch (RuntimeException e) {
                  failures.add(e);
                } finally {
                  done.countDown();
                }
              });
      caller.start();
    }
    long started = System.nanoTime();
    Thread.sleep(seconds * 1000L);
    running.set(false);
    done.await();
    double elapsed = (System.nanoTime() - started) / 1e9;
    long[] all = samples.stream().flatMap(List::stream).mapToLong(Long::longValue).toArray();
    return String.format(
        "%.0f requests/s, %s, %d failures", all.length / elapsed, stats(all), failures.size());
  }

  /**
   * Stops and deletes an instance, retrying three times because LXD 5.0 sometimes lets a forced
   * stop time out after 30 s while the instance still stops shortly afterwards.
   */
  private static void deleteQuietly(Lxd lxd, String name) {
    for (int attempt = 1; attempt <= 3; attempt++) {
      try {
        if (lxd.instances().find(name).isEmpty()) {
          return;
        }
        if (!lxd.instances().state(name).status().equals("Stopped")) {
          lxd.instances().stop(name, true).await();
        }
        lxd.instances().delete(name).await();
        return;
      } catch (RuntimeException e) {
        System.err.printf(
            "cannot delete benchmark instance %s (attempt %d of 3): %s%n",
            name, attempt, e.getMessage());
      }
    }
  }

  private static void deleteProject(Lxd root, String project) {
    try {
      root.projects().delete(project);
    } catch (RuntimeException e) {
      System.err.println("cannot delete benchmark project " + project + ": " + e.getMessage());
    }
  }

  private static String uniqueName() {
    byte[] bytes = new byte[4];
    new SecureRandom().nextBytes(bytes);
    return PREFIX + HexFormat.of().formatHex(bytes);
  }

  /** Median, 90th percentile and maximum of nanosecond samples, in milliseconds. */
  static String stats(long[] nanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return String.format(
        "median %.2f ms, p90 %.2f ms, max %.1f ms over %d runs",
        sorted[sorted.length / 2] / 1e6,
        sorted[(int) (sorted.length * 0.9)] / 1e6,
        sorted[sorted.length - 1] / 1e6,
        sorted.length);
  }
}

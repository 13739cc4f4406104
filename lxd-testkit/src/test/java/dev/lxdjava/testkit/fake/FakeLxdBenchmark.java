package dev.lxdjava.testkit.fake;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.slf4j.LoggerFactory;

/**
 * Measures how fast a {@link FakeLxd} starts and how much memory it takes. Not a test: run it with
 * {@code scripts/benchmark-fake.sh}, which starts a fresh JVM per cold sample. Prints one line per
 * measurement.
 *
 * <p>Arguments: {@code cold} measures one start in this (fresh) JVM; {@code warm} measures repeated
 * starts, the first request, and memory per fake and per instance.
 */
public final class FakeLxdBenchmark {
  private FakeLxdBenchmark() {}

  public static void main(String[] args) throws Exception {
    String mode = args.length > 0 ? args[0] : "warm";
    if (mode.equals("cold")) {
      cold();
    } else {
      warm();
    }
  }

  /**
   * Measures the first starts in a fresh JVM, class loading included. Logging is set up first and
   * timed on its own, because a test JVM has done that before any fake starts.
   */
  private static void cold() throws Exception {
    long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
    long loggingStarted = System.nanoTime();
    LoggerFactory.getLogger(FakeLxdBenchmark.class).debug("logging is ready");
    long logging = System.nanoTime() - loggingStarted;
    long started = System.nanoTime();
    try (FakeLxd fake = FakeLxd.builder().tls(false).start()) {
      long plain = System.nanoTime() - started;
      long tlsStarted = System.nanoTime();
      try (FakeLxd secure = FakeLxd.start()) {
        long tls = System.nanoTime() - tlsStarted;
        System.out.printf(
            "cold: logging set up in %.0f ms; first fake %.0f ms (no TLS); second fake with TLS"
                + " %.0f ms (includes the JVM's server certificate); %d ms from JVM start%n",
            logging / 1e6, plain / 1e6, tls / 1e6, System.currentTimeMillis() - jvmStart);
      }
    }
  }

  private static void warm() throws Exception {
    for (int i = 0; i < 30; i++) {
      FakeLxd.builder().tls(i % 2 == 0).start().close();
    }
    System.out.printf("warm start+close without TLS: %s%n", stats(startStop(false, 100)));
    System.out.printf("warm start+close with TLS:    %s%n", stats(startStop(true, 100)));
    System.out.printf("first request (GET /1.0) after start: %s%n", stats(firstRequest(50)));
    memoryPerFake(50);
    memoryPerInstance(500);
  }

  private static long[] startStop(boolean tls, int samples) {
    long[] millis = new long[samples];
    for (int i = 0; i < samples; i++) {
      long started = System.nanoTime();
      FakeLxd fake = FakeLxd.builder().tls(tls).start();
      millis[i] = System.nanoTime() - started;
      fake.close();
    }
    return millis;
  }

  private static long[] firstRequest(int samples) throws Exception {
    long[] nanos = new long[samples];
    for (int i = 0; i < samples; i++) {
      try (FakeLxd fake = FakeLxd.builder().tls(false).start();
          RawLxd client = new RawLxd(fake)) {
        long started = System.nanoTime();
        client.get("/1.0");
        nanos[i] = System.nanoTime() - started;
      }
    }
    return nanos;
  }

  private static long usedHeap() throws InterruptedException {
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(100);
    }
    Runtime runtime = Runtime.getRuntime();
    return runtime.totalMemory() - runtime.freeMemory();
  }

  private static void memoryPerFake(int count) throws Exception {
    long before = usedHeap();
    int threadsBefore = Thread.activeCount();
    List<FakeLxd> fakes = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      fakes.add(FakeLxd.builder().tls(false).start());
    }
    long after = usedHeap();
    int threadsAfter = Thread.activeCount();
    System.out.printf(
        "memory: %d running fakes use %.1f MiB of heap (%.0f KiB each) and %d threads (%.1f each)%n",
        count,
        (after - before) / 1048576.0,
        (after - before) / 1024.0 / count,
        threadsAfter - threadsBefore,
        (threadsAfter - threadsBefore) / (double) count);
    fakes.forEach(FakeLxd::close);
  }

  private static void memoryPerInstance(int count) throws Exception {
    try (FakeLxd fake = FakeLxd.builder().tls(false).start();
        RawLxd client = new RawLxd(fake)) {
      long before = usedHeap();
      for (int i = 0; i < count; i++) {
        client.await(
            client.send(
                "POST",
                "/1.0/instances",
                Map.of(
                    "name",
                    "c" + i,
                    "source",
                    Map.of("type", "image", "alias", FakeLxd.IMAGE_ALIAS))));
      }
      long after = usedHeap();
      System.out.printf(
          "memory: %d instances from the busybox image take %.0f KiB of heap each%n",
          count, (after - before) / 1024.0 / count);
    }
  }

  /** Median, 90th percentile and maximum of nanosecond samples, in milliseconds. */
  private static String stats(long[] nanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return String.format(
        "median %.1f ms, p90 %.1f ms, max %.1f ms over %d runs",
        sorted[sorted.length / 2] / 1e6,
        sorted[(int) (sorted.length * 0.9)] / 1e6,
        sorted[sorted.length - 1] / 1e6,
        sorted.length);
  }
}

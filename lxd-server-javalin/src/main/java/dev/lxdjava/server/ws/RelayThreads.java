package dev.lxdjava.server.ws;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Threads of the relays: each relayed output stream blocks one thread while it waits for LXD or the
 * client. On Java 21 and newer they are virtual threads, otherwise cached daemon threads.
 */
public final class RelayThreads implements AutoCloseable {
  private final ExecutorService executor = newExecutor();
  private final ScheduledExecutorService timers =
      Executors.newSingleThreadScheduledExecutor(daemon("relay-timer"));

  private static ExecutorService newExecutor() {
    try {
      // Looked up by name: the code compiles for Java 17, which has no virtual threads.
      return (ExecutorService)
          Executors.class.getMethod("newVirtualThreadPerTaskExecutor").invoke(null);
    } catch (ReflectiveOperationException olderJava) {
      return Executors.newCachedThreadPool(daemon("relay"));
    }
  }

  private static ThreadFactory daemon(String name) {
    AtomicInteger counter = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, name + "-" + counter.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }

  ExecutorService executor() {
    return executor;
  }

  void execute(Runnable task) {
    executor.execute(task);
  }

  void schedule(Runnable task, Duration delay) {
    timers.schedule(() -> executor.execute(task), delay.toMillis(), TimeUnit.MILLISECONDS);
  }

  @Override
  public void close() {
    timers.shutdownNow();
    executor.shutdown();
  }
}

package dev.lxdjava.transport.internal;

import java.util.ArrayDeque;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs tasks one at a time, in order, on a shared executor, so each event listener gets its calls
 * in sequence without a thread of its own. At most {@value #MAX_QUEUED} tasks wait; more are
 * dropped and counted, and the count is reported before the next task that runs.
 */
final class SerialDelivery {
  private static final Logger LOG = LoggerFactory.getLogger(SerialDelivery.class);

  static final int MAX_QUEUED = 10_000;

  /** Receives the number of tasks dropped since the last report. */
  interface DropReport {
    void dropped(int count);
  }

  private final Executor executor;
  private final DropReport dropReport;
  private final ArrayDeque<Runnable> queue = new ArrayDeque<>();
  private boolean running;
  private boolean stopped;
  private int dropped;

  SerialDelivery(Executor executor, DropReport dropReport) {
    this.executor = executor;
    this.dropReport = dropReport;
  }

  void submit(Runnable task) {
    synchronized (this) {
      if (stopped) {
        return;
      }
      if (queue.size() >= MAX_QUEUED) {
        dropped++;
        return;
      }
      queue.add(task);
      if (running) {
        return;
      }
      running = true;
    }
    try {
      executor.execute(this::drain);
    } catch (RejectedExecutionException e) {
      synchronized (this) {
        running = false;
        queue.clear();
      }
    }
  }

  /** Drops queued tasks and accepts no more. */
  synchronized void stop() {
    stopped = true;
    queue.clear();
  }

  private void drain() {
    while (true) {
      Runnable task;
      int droppedNow;
      synchronized (this) {
        task = queue.poll();
        if (task == null) {
          running = false;
          return;
        }
        droppedNow = dropped;
        dropped = 0;
      }
      if (droppedNow > 0) {
        runSafely(() -> dropReport.dropped(droppedNow));
      }
      runSafely(task);
    }
  }

  private static void runSafely(Runnable task) {
    try {
      task.run();
    } catch (RuntimeException e) {
      LOG.warn("event listener failed; delivery continues", e);
    }
  }
}

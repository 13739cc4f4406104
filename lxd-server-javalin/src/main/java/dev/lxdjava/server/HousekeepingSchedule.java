package dev.lxdjava.server;

import dev.lxdjava.auth.Housekeeping;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs {@link Housekeeping} at start and then every hour on a daemon thread until closed. */
final class HousekeepingSchedule implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(HousekeepingSchedule.class);

  private final ScheduledExecutorService scheduler;

  private HousekeepingSchedule(ScheduledExecutorService scheduler) {
    this.scheduler = scheduler;
  }

  /** Deletes old audit rows and expired sessions now and then every hour. */
  static HousekeepingSchedule start(Housekeeping housekeeping) {
    ScheduledExecutorService scheduler =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              Thread thread = new Thread(task, "gateway-housekeeping");
              thread.setDaemon(true);
              return thread;
            });
    scheduler.scheduleAtFixedRate(() -> runOnce(housekeeping), 0, 1, TimeUnit.HOURS);
    return new HousekeepingSchedule(scheduler);
  }

  private static void runOnce(Housekeeping housekeeping) {
    try {
      Housekeeping.Result result = housekeeping.run();
      LOG.debug(
          "housekeeping deleted {} audit rows and {} expired sessions",
          result.auditEvents(),
          result.sessions());
    } catch (RuntimeException e) {
      // Caught so the schedule keeps running; the next run tries again in an hour.
      LOG.error("housekeeping failed: {}", e.getMessage(), e);
    }
  }

  /** Stops the schedule, interrupting a run in progress. */
  @Override
  public void close() {
    scheduler.shutdownNow();
  }
}

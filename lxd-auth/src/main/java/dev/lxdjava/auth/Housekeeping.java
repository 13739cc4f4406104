package dev.lxdjava.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Deletes what is kept no longer: audit rows older than the retention, and sessions that expired
 * more than a day ago (a day later, so a late refresh still gets "expired" rather than "unknown").
 */
public final class Housekeeping {
  private final AuthStores stores;
  private final Duration auditRetention;
  private final Clock clock;

  public Housekeeping(AuthStores stores, Duration auditRetention, Clock clock) {
    this.stores = stores;
    this.auditRetention = auditRetention;
    this.clock = clock;
  }

  /**
   * Deletes old rows once.
   *
   * @return the counts deleted
   */
  public Result run() {
    Instant now = clock.instant();
    int audit = stores.audit().deleteOlderThan(now.minus(auditRetention));
    int sessions = stores.sessions().deleteExpired(now.minus(Duration.ofDays(1)));
    return new Result(audit, sessions);
  }

  /**
   * Counts of rows one run deleted.
   *
   * @param auditEvents audit rows
   * @param sessions expired sessions with their refresh tokens
   */
  public record Result(int auditEvents, int sessions) {}
}

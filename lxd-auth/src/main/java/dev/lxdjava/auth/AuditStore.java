package dev.lxdjava.auth;

import java.time.Instant;

/** The audit trail. {@link JdbiAuditStore} keeps it in SQLite. */
public interface AuditStore {

  /** Appends an event. */
  void record(AuditEvent event);

  /** Events matching the query, newest first. */
  ResultPage<AuditEvent> find(AuditQuery query, int limit, int offset);

  /** Deletes events older than {@code cutoff}; returns how many. */
  int deleteOlderThan(Instant cutoff);
}

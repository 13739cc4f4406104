package dev.lxdjava.auth;

import java.time.Instant;

/**
 * Filters for reading the audit trail; {@code null} fields do not filter.
 *
 * @param username acting account, ignoring case
 * @param project LXD project
 * @param since earliest time, inclusive
 * @param until latest time, exclusive
 * @param outcome how the request ended
 * @param action kind of event, for example {@code login}
 */
public record AuditQuery(
    String username,
    String project,
    Instant since,
    Instant until,
    AuditOutcome outcome,
    String action) {

  /** No filter. */
  public static final AuditQuery ALL = new AuditQuery(null, null, null, null, null, null);
}

package dev.lxdjava.auth;

import java.time.Instant;

/**
 * One row of the audit trail. It names who did what to which object and how it ended. It never
 * contains passwords, tokens, API keys or request bodies. Fields that do not apply are {@code
 * null}.
 *
 * @param id database id, 0 before it is stored
 * @param time when the request ended
 * @param action {@code request}, {@code login}, {@code refresh}, {@code logout} or {@code
 *     websocket}
 * @param userId the acting account, if known
 * @param username the acting account's name, if known
 * @param clientIp the client address (see the trusted-proxy setting)
 * @param requestId the request id, as in the {@code X-Request-ID} header
 * @param method HTTP method
 * @param route route pattern, for example {@code /api/v1/instances/{name}}
 * @param project LXD project the request acted in
 * @param target the object acted on, for example {@code instances/web1}
 * @param status HTTP status of the response
 * @param operationId LXD operation id when the request started one
 * @param detail short reason for a denial or failure
 */
public record AuditEvent(
    long id,
    Instant time,
    String action,
    Long userId,
    String username,
    String clientIp,
    String requestId,
    String method,
    String route,
    String project,
    String target,
    int status,
    String operationId,
    String detail) {

  /** How the request ended. */
  public AuditOutcome outcome() {
    return AuditOutcome.of(status);
  }
}

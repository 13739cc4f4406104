package dev.lxdjava.auth;

import org.jdbi.v3.core.Jdbi;

/**
 * The stores the auth services use.
 *
 * @param users accounts
 * @param sessions login sessions and refresh tokens
 * @param grants project grants
 * @param apiKeys API keys
 * @param audit the audit trail
 */
public record AuthStores(
    UserStore users,
    SessionStore sessions,
    GrantStore grants,
    ApiKeyStore apiKeys,
    AuditStore audit) {

  /** The SQL stores of one database opened with {@link Database#open}. */
  public static AuthStores jdbi(Jdbi jdbi) {
    return new AuthStores(
        new JdbiUserStore(jdbi),
        new JdbiSessionStore(jdbi),
        new JdbiGrantStore(jdbi),
        new JdbiApiKeyStore(jdbi),
        new JdbiAuditStore(jdbi));
  }
}

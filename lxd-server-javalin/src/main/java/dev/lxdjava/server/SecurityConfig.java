package dev.lxdjava.server;

import dev.lxdjava.auth.RateLimit;
import dev.lxdjava.auth.RateLimits;
import dev.lxdjava.server.http.ClientAddresses;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Rate limits, trusted proxies and audit retention, read from environment variables; {@code
 * docs/configuration.md} lists them.
 *
 * @param rateLimits limits on login and refresh attempts
 * @param trustedProxies addresses or CIDR ranges whose {@code X-Forwarded-For} is believed
 * @param auditRetention how long audit rows are kept
 */
public record SecurityConfig(
    RateLimits rateLimits, List<String> trustedProxies, Duration auditRetention) {

  public SecurityConfig {
    trustedProxies = List.copyOf(trustedProxies);
  }

  /** The defaults: see {@link RateLimits#DEFAULTS}, no trusted proxy, 90 days of audit. */
  public static SecurityConfig defaults() {
    return fromEnvironment(Map.of());
  }

  /**
   * Reads and checks the settings.
   *
   * @throws ConfigException naming the first invalid variable
   */
  public static SecurityConfig fromEnvironment(Map<String, String> env) {
    Duration window =
        Duration.ofSeconds(GatewayConfig.rangeInt(env, "RATE_LIMIT_WINDOW_SECONDS", 60, 1, 3600));
    RateLimits defaults = RateLimits.DEFAULTS;
    RateLimits limits =
        new RateLimits(
            limit(env, "RATE_LIMIT_LOGIN_PER_IP", defaults.loginPerAddress(), window),
            limit(env, "RATE_LIMIT_LOGIN_PER_USER", defaults.loginPerAccount(), window),
            limit(env, "RATE_LIMIT_REFRESH_PER_IP", defaults.refreshPerAddress(), window),
            limit(env, "RATE_LIMIT_REFRESH_PER_USER", defaults.refreshPerAccount(), window));
    List<String> proxies =
        Arrays.stream(env.getOrDefault("TRUSTED_PROXIES", "").split(","))
            .map(String::strip)
            .filter(entry -> !entry.isEmpty())
            .toList();
    try {
      ClientAddresses.trusting(proxies);
    } catch (IllegalArgumentException e) {
      throw new ConfigException("TRUSTED_PROXIES entry " + e.getMessage());
    }
    int retentionDays = GatewayConfig.rangeInt(env, "AUDIT_RETENTION_DAYS", 90, 1, 3650);
    return new SecurityConfig(limits, proxies, Duration.ofDays(retentionDays));
  }

  private static RateLimit limit(
      Map<String, String> env, String name, RateLimit fallback, Duration window) {
    return new RateLimit(GatewayConfig.rangeInt(env, name, fallback.permits(), 1, 100_000), window);
  }
}

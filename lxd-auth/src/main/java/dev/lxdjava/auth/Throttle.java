package dev.lxdjava.auth;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.internal.AtomicRateLimiter;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A resilience4j rate limiter per key, for example per client address. Each key gets {@link
 * RateLimit#permits()} attempts per window; windows start when the key is first seen. The least
 * recently used keys are forgotten beyond {@link #MAX_KEYS}, so random keys cannot exhaust memory.
 */
public final class Throttle {
  /** Keys remembered at most. */
  public static final int MAX_KEYS = 10_000;

  private final String what;
  private final RateLimiterConfig config;
  private final Map<String, RateLimiter> limiters =
      new LinkedHashMap<>(256, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, RateLimiter> eldest) {
          return size() > MAX_KEYS;
        }
      };

  /**
   * Creates the throttle.
   *
   * @param what what is counted, for the error message: {@code login attempts from this address}
   */
  public Throttle(String what, RateLimit limit) {
    this.what = what;
    this.config =
        RateLimiterConfig.custom()
            .limitForPeriod(limit.permits())
            .limitRefreshPeriod(limit.window())
            .timeoutDuration(Duration.ZERO)
            .build();
  }

  /**
   * Takes one attempt for the key.
   *
   * @throws RateLimitedException when the key has no attempts left in this window
   */
  public void acquire(String key) {
    RateLimiter limiter;
    synchronized (limiters) {
      limiter = limiters.computeIfAbsent(key, k -> RateLimiter.of("throttle", config));
    }
    if (!limiter.acquirePermission()) {
      long nanos = ((AtomicRateLimiter) limiter).getDetailedMetrics().getNanosToWait();
      throw new RateLimitedException(what, Duration.ofNanos(nanos));
    }
  }
}

package dev.lxdjava.auth;

import java.time.Duration;

/** Too many login or refresh attempts from one client address or for one account. */
public class RateLimitedException extends AuthException {
  private static final long serialVersionUID = 1L;

  private final transient Duration retryAfter;

  /**
   * Creates the error.
   *
   * @param what what was limited, for example {@code login attempts from this address}
   * @param retryAfter how long until the next attempt is allowed
   */
  public RateLimitedException(String what, Duration retryAfter) {
    super("too many " + what + "; retry in " + seconds(retryAfter) + " s");
    this.retryAfter = retryAfter;
  }

  /** Whole seconds until the next attempt is allowed, at least 1, for {@code Retry-After}. */
  public long retryAfterSeconds() {
    return seconds(retryAfter);
  }

  private static long seconds(Duration wait) {
    long millis = Math.max(0, wait.toMillis());
    return Math.max(1, (millis + 999) / 1000);
  }
}

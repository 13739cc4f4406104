package dev.lxdjava.auth;

import java.time.Duration;

/**
 * At most {@code permits} attempts per {@code window} for one key (a client address or an account).
 *
 * @param permits attempts allowed per window, at least 1
 * @param window length of the window
 */
public record RateLimit(int permits, Duration window) {
  public RateLimit {
    if (permits < 1) {
      throw new AuthValidationException(
          "rate limit", Integer.toString(permits), "must allow at least 1 attempt");
    }
    if (window == null || window.isNegative() || window.isZero()) {
      throw new AuthValidationException(
          "rate limit window", String.valueOf(window), "must be positive");
    }
  }
}

package dev.lxdjava.auth;

import java.time.Duration;

/**
 * The limits on login and refresh attempts.
 *
 * @param loginPerAddress login attempts per client address
 * @param loginPerAccount login attempts per username (existing or not) and password changes per
 *     account
 * @param refreshPerAddress refresh attempts per client address
 * @param refreshPerAccount refresh attempts per account
 */
public record RateLimits(
    RateLimit loginPerAddress,
    RateLimit loginPerAccount,
    RateLimit refreshPerAddress,
    RateLimit refreshPerAccount) {

  /** Window of the default limits. */
  public static final Duration DEFAULT_WINDOW = Duration.ofMinutes(1);

  /** 20 logins per address, 10 per username, 60 refreshes per address, 30 per account, a minute. */
  public static final RateLimits DEFAULTS =
      new RateLimits(
          new RateLimit(20, DEFAULT_WINDOW),
          new RateLimit(10, DEFAULT_WINDOW),
          new RateLimit(60, DEFAULT_WINDOW),
          new RateLimit(30, DEFAULT_WINDOW));
}

package dev.lxdjava.auth;

import java.nio.file.Path;
import java.time.Duration;
import org.jdbi.v3.core.Jdbi;

/** An {@link AuthService} on a fresh SQLite file, with cheap bcrypt and generous rate limits. */
final class AuthFixture {
  static final String SECRET = "0123456789abcdef0123456789abcdef";
  static final RateLimits GENEROUS =
      new RateLimits(
          new RateLimit(10_000, Duration.ofMinutes(1)),
          new RateLimit(10_000, Duration.ofMinutes(1)),
          new RateLimit(10_000, Duration.ofMinutes(1)),
          new RateLimit(10_000, Duration.ofMinutes(1)));

  final Jdbi jdbi;
  final AuthStores stores;
  final MutableClock clock = MutableClock.startingNow();
  final TokenService tokens = new TokenService(SECRET, Duration.ofMinutes(30), clock);

  AuthFixture(Path dir) {
    jdbi = Database.open("jdbc:sqlite:" + dir.resolve("auth.db"));
    stores = AuthStores.jdbi(jdbi);
  }

  AuthService service() {
    return service(PasswordHasher.bcrypt(4), GENEROUS);
  }

  AuthService service(PasswordHasher hasher, RateLimits limits) {
    return new AuthService(stores, hasher, tokens, Duration.ofDays(7), limits, clock);
  }
}

package dev.lxdjava.server.http;

import dev.lxdjava.auth.AuthService;
import dev.lxdjava.auth.AuthStores;
import dev.lxdjava.auth.Database;
import dev.lxdjava.auth.PasswordHasher;
import dev.lxdjava.auth.RateLimits;
import dev.lxdjava.auth.TokenService;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/** An {@link AuthService} on a fresh SQLite file with cheap bcrypt, for filter tests. */
final class TestAuth {
  private TestAuth() {}

  static AuthService open(Path dir) {
    Clock clock = Clock.systemUTC();
    return new AuthService(
        AuthStores.jdbi(Database.open("jdbc:sqlite:" + dir.resolve("auth.db"))),
        PasswordHasher.bcrypt(4),
        new TokenService("0123456789abcdef0123456789abcdef", Duration.ofMinutes(5), clock),
        Duration.ofDays(1),
        RateLimits.DEFAULTS,
        clock);
  }
}

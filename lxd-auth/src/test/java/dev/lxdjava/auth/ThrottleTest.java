package dev.lxdjava.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rate limits. Recovery uses a short window and waits until it has passed; nothing asserts how fast
 * anything runs.
 */
class ThrottleTest {
  @TempDir Path dir;

  @Test
  void attemptAfterLimitIsRejectedWithRetryAfter() {
    Throttle throttle = new Throttle("login attempts", new RateLimit(2, Duration.ofMinutes(1)));
    throttle.acquire("10.0.0.1");
    throttle.acquire("10.0.0.1");

    RateLimitedException error =
        catchThrowableOfType(RateLimitedException.class, () -> throttle.acquire("10.0.0.1"));

    assertThat(error).hasMessageContaining("too many login attempts");
    assertThat(error.retryAfterSeconds()).isBetween(1L, 60L);
  }

  @Test
  void keysAreLimitedSeparately() {
    Throttle throttle = new Throttle("login attempts", new RateLimit(1, Duration.ofMinutes(1)));
    throttle.acquire("10.0.0.1");

    throttle.acquire("10.0.0.2");

    assertThatThrownBy(() -> throttle.acquire("10.0.0.1")).isInstanceOf(RateLimitedException.class);
  }

  @Test
  void limitRecoversAfterWindow() throws InterruptedException {
    Duration window = Duration.ofMillis(200);
    Throttle throttle = new Throttle("login attempts", new RateLimit(1, window));
    throttle.acquire("10.0.0.1");
    assertThatThrownBy(() -> throttle.acquire("10.0.0.1")).isInstanceOf(RateLimitedException.class);

    Thread.sleep(window.multipliedBy(2).toMillis());

    throttle.acquire("10.0.0.1");
  }

  @Test
  void loginIsLimitedPerAddress() {
    RateLimits limits =
        new RateLimits(
            new RateLimit(2, Duration.ofMinutes(1)),
            AuthFixture.GENEROUS.loginPerAccount(),
            AuthFixture.GENEROUS.refreshPerAddress(),
            AuthFixture.GENEROUS.refreshPerAccount());
    AuthService auth = new AuthFixture(dir).service(PasswordHasher.bcrypt(4), limits);
    auth.createUser("alice", "alice-password-1", Role.VIEWER);
    auth.login("alice", "alice-password-1", "10.0.0.1");
    auth.login("alice", "alice-password-1", "10.0.0.1");

    assertThatThrownBy(() -> auth.login("alice", "alice-password-1", "10.0.0.1"))
        .isInstanceOf(RateLimitedException.class)
        .hasMessageContaining("from this address");
    assertThat(auth.login("alice", "alice-password-1", "10.0.0.2").user().username())
        .isEqualTo("alice");
  }

  @Test
  void loginIsLimitedPerUsernameIgnoringCase() {
    RateLimits limits =
        new RateLimits(
            AuthFixture.GENEROUS.loginPerAddress(),
            new RateLimit(2, Duration.ofMinutes(1)),
            AuthFixture.GENEROUS.refreshPerAddress(),
            AuthFixture.GENEROUS.refreshPerAccount());
    AuthService auth = new AuthFixture(dir).service(PasswordHasher.bcrypt(4), limits);
    auth.createUser("alice", "alice-password-1", Role.VIEWER);
    auth.login("alice", "alice-password-1", "10.0.0.1");
    auth.login("ALICE", "alice-password-1", "10.0.0.2");

    assertThatThrownBy(() -> auth.login("Alice", "alice-password-1", "10.0.0.3"))
        .isInstanceOf(RateLimitedException.class)
        .hasMessageContaining("for this user");
  }

  @Test
  void unknownUsernamesAreLimitedLikeKnownOnes() {
    RateLimits limits =
        new RateLimits(
            AuthFixture.GENEROUS.loginPerAddress(),
            new RateLimit(1, Duration.ofMinutes(1)),
            AuthFixture.GENEROUS.refreshPerAddress(),
            AuthFixture.GENEROUS.refreshPerAccount());
    AuthService auth = new AuthFixture(dir).service(PasswordHasher.bcrypt(4), limits);
    assertThatThrownBy(() -> auth.login("ghost", "whatever-password", "10.0.0.1"))
        .isInstanceOf(InvalidCredentialsException.class);

    assertThatThrownBy(() -> auth.login("ghost", "whatever-password", "10.0.0.1"))
        .isInstanceOf(RateLimitedException.class);
  }

  @Test
  void refreshIsLimitedPerAddress() {
    RateLimits limits =
        new RateLimits(
            AuthFixture.GENEROUS.loginPerAddress(),
            AuthFixture.GENEROUS.loginPerAccount(),
            new RateLimit(1, Duration.ofMinutes(1)),
            AuthFixture.GENEROUS.refreshPerAccount());
    AuthService auth = new AuthFixture(dir).service(PasswordHasher.bcrypt(4), limits);
    auth.createUser("alice", "alice-password-1", Role.VIEWER);
    var login = auth.login("alice", "alice-password-1", "10.0.0.1");
    var refreshed = auth.refresh(login.refreshToken(), "10.0.0.1");

    assertThatThrownBy(() -> auth.refresh(refreshed.refreshToken(), "10.0.0.1"))
        .isInstanceOf(RateLimitedException.class)
        .hasMessageContaining("token refreshes from this address");
  }

  @Test
  void limitedRefreshKeepsTokenUsable() {
    RateLimits limits =
        new RateLimits(
            AuthFixture.GENEROUS.loginPerAddress(),
            AuthFixture.GENEROUS.loginPerAccount(),
            AuthFixture.GENEROUS.refreshPerAddress(),
            new RateLimit(1, Duration.ofMinutes(1)));
    AuthService auth = new AuthFixture(dir).service(PasswordHasher.bcrypt(4), limits);
    auth.createUser("alice", "alice-password-1", Role.VIEWER);
    var first = auth.login("alice", "alice-password-1", "10.0.0.1");
    var second = auth.login("alice", "alice-password-1", "10.0.0.1");
    auth.refresh(first.refreshToken(), "10.0.0.1");

    assertThatThrownBy(() -> auth.refresh(second.refreshToken(), "10.0.0.2"))
        .isInstanceOf(RateLimitedException.class)
        .hasMessageContaining("for this user");

    assertThat(auth.authenticate(second.accessToken()).username()).isEqualTo("alice");
  }
}

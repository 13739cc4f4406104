package dev.lxdjava.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every login path runs exactly one password check, against a dummy hash when there is no real one.
 * This is checked by counting calls, not by measuring time.
 */
class LoginTimingTest {
  @TempDir Path dir;
  private final CountingHasher hasher = new CountingHasher(PasswordHasher.bcrypt(4));
  private AuthService auth;

  @BeforeEach
  void openStore() {
    AuthFixture fixture = new AuthFixture(dir);
    auth = fixture.service(hasher, AuthFixture.GENEROUS);
    auth.createUser("alice", "alice-password-1", Role.VIEWER);
    auth.createUser("bob", "bob-password-123", Role.VIEWER);
    auth.users().update("bob", null, false);
    auth.apiKeys().create("ci-bot", Role.OPERATOR, null, "alice");
    hasher.checks.clear();
  }

  @Test
  void unknownUserRunsOneCheckAgainstDummy() {
    Throwable error = catchThrowable(() -> auth.login("ghost", "whatever-password", "10.0.0.1"));

    assertThat(error).isInstanceOf(InvalidCredentialsException.class);
    assertThat(hasher.checks).containsExactly("no hash");
  }

  @Test
  void wrongPasswordRunsOneRealCheck() {
    Throwable error = catchThrowable(() -> auth.login("alice", "wrong-password", "10.0.0.1"));

    assertThat(error).isInstanceOf(InvalidCredentialsException.class);
    assertThat(hasher.checks).containsExactly("real hash");
  }

  @Test
  void disabledUserRunsOneRealCheck() {
    Throwable error = catchThrowable(() -> auth.login("bob", "bob-password-123", "10.0.0.1"));

    assertThat(error).isInstanceOf(InvalidCredentialsException.class);
    assertThat(hasher.checks).containsExactly("real hash");
  }

  @Test
  void serviceAccountRunsOneCheckAgainstDummy() {
    Throwable error = catchThrowable(() -> auth.login("ci-bot", "!", "10.0.0.1"));

    assertThat(error).isInstanceOf(InvalidCredentialsException.class);
    assertThat(hasher.checks).containsExactly("no hash");
  }

  @Test
  void emptyUsernameRunsOneCheckAgainstDummy() {
    Throwable error = catchThrowable(() -> auth.login("", "whatever-password", "10.0.0.1"));

    assertThat(error).isInstanceOf(InvalidCredentialsException.class);
    assertThat(hasher.checks).containsExactly("no hash");
  }

  @Test
  void successfulLoginRunsOneRealCheck() {
    auth.login("alice", "alice-password-1", "10.0.0.1");

    assertThat(hasher.checks).containsExactly("real hash");
  }

  /** Records, for each check, whether a real hash or the dummy was used. */
  private static final class CountingHasher implements PasswordHasher {
    final List<String> checks = new ArrayList<>();
    private final PasswordHasher real;

    CountingHasher(PasswordHasher real) {
      this.real = real;
    }

    @Override
    public String hashNew(String password) {
      return real.hashNew(password);
    }

    @Override
    public boolean verify(String password, String hash) {
      checks.add(hash == null ? "no hash" : "real hash");
      return real.verify(password, hash);
    }
  }
}

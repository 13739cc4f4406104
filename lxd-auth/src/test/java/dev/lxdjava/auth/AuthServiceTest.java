package dev.lxdjava.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuthServiceTest {
  private static final String SECRET = "0123456789abcdef0123456789abcdef";

  @TempDir Path dir;
  private AuthService auth;

  @BeforeEach
  void openStore() {
    var store = new JdbiUserStore(Database.open("jdbc:sqlite:" + dir.resolve("users.db")));
    auth =
        new AuthService(
            store,
            new PasswordHasher(4),
            new TokenService(SECRET, Duration.ofMinutes(30), Clock.systemUTC()));
  }

  @Test
  void seedAdminCreatesFirstUserOnce() {
    boolean first = auth.seedAdmin("admin", "first-password-1");
    boolean second = auth.seedAdmin("admin", "other-password-2");

    assertThat(first).isTrue();
    assertThat(second).isFalse();
    assertThat(auth.login("admin", "first-password-1").user().role()).isEqualTo(Role.ADMIN);
  }

  @Test
  void loginIssuesTokenThatAuthenticates() {
    auth.createUser("ops", "operator-password", Role.OPERATOR);

    var login = auth.login("ops", "operator-password");
    User user = auth.authenticate(login.accessToken());

    assertThat(user.username()).isEqualTo("ops");
    assertThat(user.role()).isEqualTo(Role.OPERATOR);
  }

  @Test
  void wrongPasswordAndUnknownUserFailAlike() {
    auth.createUser("ops", "operator-password", Role.OPERATOR);

    var wrongPassword =
        org.assertj.core.api.Assertions.catchThrowable(() -> auth.login("ops", "nope"));
    var unknownUser =
        org.assertj.core.api.Assertions.catchThrowable(() -> auth.login("ghost", "nope"));

    assertThat(wrongPassword).isInstanceOf(InvalidCredentialsException.class);
    assertThat(unknownUser).isInstanceOf(InvalidCredentialsException.class);
    assertThat(wrongPassword).hasMessage(unknownUser.getMessage());
  }

  @Test
  void tokenSignedWithOtherKeyIsRejected() {
    auth.createUser("ops", "operator-password", Role.OPERATOR);
    var other = new TokenService(SECRET + "x", Duration.ofMinutes(30), Clock.systemUTC());
    String forged = other.issueAccess(auth.login("ops", "operator-password").user());

    assertThatThrownBy(() -> auth.authenticate(forged)).isInstanceOf(InvalidTokenException.class);
  }

  @Test
  void expiredTokenIsRejected() {
    auth.createUser("ops", "operator-password", Role.OPERATOR);
    User user = auth.login("ops", "operator-password").user();
    Clock past = Clock.offset(Clock.systemUTC(), Duration.ofHours(-2));
    String expired = new TokenService(SECRET, Duration.ofMinutes(30), past).issueAccess(user);

    assertThatThrownBy(() -> auth.authenticate(expired))
        .isInstanceOf(InvalidTokenException.class)
        .hasMessageContaining("expired");
  }

  @Test
  void duplicateUsernameIsConflictIgnoringCase() {
    auth.createUser("ops", "operator-password", Role.OPERATOR);

    assertThatThrownBy(() -> auth.createUser("OPS", "operator-password", Role.VIEWER))
        .isInstanceOf(UserConflictException.class);
  }

  @Test
  void shortPasswordIsRejectedWithRule() {
    assertThatThrownBy(() -> auth.createUser("ops", "short", Role.VIEWER))
        .isInstanceOf(AuthValidationException.class)
        .hasMessageContaining("at least 12 characters");
  }

  @Test
  void invalidUsernameIsRejectedWithRule() {
    assertThatThrownBy(() -> auth.createUser("a b", "operator-password", Role.VIEWER))
        .isInstanceOf(AuthValidationException.class)
        .hasMessageContaining("'a b'");
  }

  @Test
  void shortSecretIsRejected() {
    assertThatThrownBy(() -> new TokenService("short", Duration.ofMinutes(1), Clock.systemUTC()))
        .isInstanceOf(AuthValidationException.class)
        .hasMessageContaining("JWT_SECRET");
  }

  @Test
  void migrationsRunOnceAcrossReopen() {
    String url = "jdbc:sqlite:" + dir.resolve("again.db");

    var first = Database.open(url);
    var second = Database.open(url);

    assertThat(Migrations.currentVersion(first)).isEqualTo(Migrations.SCRIPTS.size());
    assertThat(Migrations.currentVersion(second)).isEqualTo(Migrations.SCRIPTS.size());
  }

  @Test
  void databaseUrlMustBeSqlite() {
    assertThatThrownBy(() -> Database.open("postgres://db/x"))
        .isInstanceOf(AuthValidationException.class)
        .hasMessageContaining("DATABASE_URL");
  }
}

package dev.lxdjava.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuthServiceTest {
  private static final String IP = "192.0.2.10";

  @TempDir Path dir;
  private AuthService auth;

  @BeforeEach
  void openStore() {
    auth = new AuthFixture(dir).service();
  }

  @Test
  void seedAdminCreatesFirstUserOnce() {
    boolean first = auth.seedAdmin("admin", "first-password-1");
    boolean second = auth.seedAdmin("admin", "other-password-2");

    assertThat(first).isTrue();
    assertThat(second).isFalse();
    assertThat(auth.login("admin", "first-password-1", IP).user().role()).isEqualTo(Role.ADMIN);
  }

  @Test
  void loginIssuesTokenThatAuthenticates() {
    auth.createUser("ops", "operator-password", Role.OPERATOR);

    var login = auth.login("ops", "operator-password", IP);
    User user = auth.authenticate(login.accessToken());

    assertThat(user.username()).isEqualTo("ops");
    assertThat(user.role()).isEqualTo(Role.OPERATOR);
    assertThat(login.refreshToken()).startsWith(AuthService.REFRESH_PREFIX);
  }

  @Test
  void loginRecordsLastLogin() {
    auth.createUser("ops", "operator-password", Role.OPERATOR);

    auth.login("ops", "operator-password", IP);

    assertThat(auth.users().get("ops").lastLoginAt()).isNotNull();
  }

  @Test
  void wrongPasswordAndUnknownUserFailAlike() {
    auth.createUser("ops", "operator-password", Role.OPERATOR);

    Throwable wrongPassword = catchThrowable(() -> auth.login("ops", "nope", IP));
    Throwable unknownUser = catchThrowable(() -> auth.login("ghost", "nope", IP));

    assertThat(wrongPassword).isInstanceOf(InvalidCredentialsException.class);
    assertThat(unknownUser).isInstanceOf(InvalidCredentialsException.class);
    assertThat(wrongPassword).hasMessage(unknownUser.getMessage());
  }

  @Test
  void disabledUserCannotLogIn() {
    auth.createUser("ops", "operator-password", Role.OPERATOR);
    auth.users().update("ops", null, false);

    assertThatThrownBy(() -> auth.login("ops", "operator-password", IP))
        .isInstanceOf(InvalidCredentialsException.class);
  }

  @Test
  void disablingUserStopsAccessTokenAtOnce() {
    auth.createUser("ops", "operator-password", Role.OPERATOR);
    String access = auth.login("ops", "operator-password", IP).accessToken();

    auth.users().update("ops", null, false);

    assertThatThrownBy(() -> auth.authenticate(access))
        .isInstanceOf(InvalidTokenException.class)
        .hasMessageContaining("disabled");
  }

  @Test
  void roleChangeRevokesTokenVersion() {
    auth.createUser("ops", "operator-password", Role.OPERATOR);
    String access = auth.login("ops", "operator-password", IP).accessToken();

    auth.users().update("ops", Role.VIEWER, null);

    assertThatThrownBy(() -> auth.authenticate(access))
        .isInstanceOf(InvalidTokenException.class)
        .hasMessageContaining("revoked");
  }

  @Test
  void roleChangeRevokesRefreshTokens() {
    auth.createUser("ops", "operator-password", Role.OPERATOR);
    String refresh = auth.login("ops", "operator-password", IP).refreshToken();

    auth.users().update("ops", Role.VIEWER, null);

    assertThatThrownBy(() -> auth.refresh(refresh, IP))
        .isInstanceOf(InvalidTokenException.class)
        .hasMessageContaining("revoked");
  }

  @Test
  void passwordResetRevokesTokens() {
    auth.createUser("ops", "operator-password", Role.OPERATOR);
    var login = auth.login("ops", "operator-password", IP);

    auth.users().resetPassword("ops", "a-brand-new-password");

    assertThatThrownBy(() -> auth.authenticate(login.accessToken()))
        .isInstanceOf(InvalidTokenException.class);
    assertThatThrownBy(() -> auth.refresh(login.refreshToken(), IP))
        .isInstanceOf(InvalidTokenException.class);
    assertThat(auth.login("ops", "a-brand-new-password", IP).user().username()).isEqualTo("ops");
  }

  @Test
  void changePasswordNeedsCurrentPassword() {
    User ops = auth.createUser("ops", "operator-password", Role.OPERATOR);

    assertThatThrownBy(() -> auth.changePassword(ops, "wrong-password", "a-brand-new-password"))
        .isInstanceOf(InvalidCredentialsException.class);
    assertThat(auth.login("ops", "operator-password", IP).user().username()).isEqualTo("ops");
  }

  @Test
  void changePasswordEndsSessions() {
    User ops = auth.createUser("ops", "operator-password", Role.OPERATOR);
    String access = auth.login("ops", "operator-password", IP).accessToken();

    auth.changePassword(ops, "operator-password", "a-brand-new-password");

    assertThatThrownBy(() -> auth.authenticate(access)).isInstanceOf(InvalidTokenException.class);
    assertThat(auth.login("ops", "a-brand-new-password", IP).user().username()).isEqualTo("ops");
  }

  @Test
  void deletedUserTokenIsRejected() {
    auth.seedAdmin("admin", "admin-password-1");
    auth.createUser("ops", "operator-password", Role.OPERATOR);
    String access = auth.login("ops", "operator-password", IP).accessToken();

    auth.users().delete("ops");

    assertThatThrownBy(() -> auth.authenticate(access))
        .isInstanceOf(InvalidTokenException.class)
        .hasMessageContaining("no longer exists");
  }

  @Test
  void duplicateUsernameIsConflictIgnoringCase() {
    auth.createUser("ops", "operator-password", Role.OPERATOR);

    assertThatThrownBy(() -> auth.createUser("OPS", "operator-password", Role.VIEWER))
        .isInstanceOf(UserConflictException.class);
  }

  @Test
  void invalidUsernameIsRejectedWithRule() {
    assertThatThrownBy(() -> auth.createUser("a b", "operator-password", Role.VIEWER))
        .isInstanceOf(AuthValidationException.class)
        .hasMessageContaining("'a b'");
  }

  @Test
  void databaseUrlMustBeSqlite() {
    assertThatThrownBy(() -> Database.open("postgres://db/x"))
        .isInstanceOf(AuthValidationException.class)
        .hasMessageContaining("DATABASE_URL");
  }
}

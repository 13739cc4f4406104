package dev.lxdjava.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RefreshTokenTest {
  private static final String IP = "192.0.2.10";

  @TempDir Path dir;
  private AuthFixture fixture;
  private AuthService auth;
  private AuthService.LoginResult login;

  @BeforeEach
  void logIn() {
    fixture = new AuthFixture(dir);
    auth = fixture.service();
    auth.createUser("ops", "operator-password", Role.OPERATOR);
    login = auth.login("ops", "operator-password", IP);
  }

  @Test
  void refreshIssuesNewPair() {
    var refreshed = auth.refresh(login.refreshToken(), IP);

    assertThat(refreshed.refreshToken()).isNotEqualTo(login.refreshToken());
    assertThat(auth.authenticate(refreshed.accessToken()).username()).isEqualTo("ops");
  }

  @Test
  void rotatedTokenChainKeepsWorking() {
    var second = auth.refresh(login.refreshToken(), IP);

    var third = auth.refresh(second.refreshToken(), IP);

    assertThat(auth.authenticate(third.accessToken()).username()).isEqualTo("ops");
  }

  @Test
  void reusedTokenIsRejected() {
    auth.refresh(login.refreshToken(), IP);

    assertThatThrownBy(() -> auth.refresh(login.refreshToken(), IP))
        .isInstanceOf(InvalidTokenException.class)
        .hasMessageContaining("already used");
  }

  @Test
  void reuseRevokesWholeFamily() {
    var rotated = auth.refresh(login.refreshToken(), IP);

    assertThatThrownBy(() -> auth.refresh(login.refreshToken(), IP))
        .isInstanceOf(InvalidTokenException.class);

    assertThatThrownBy(() -> auth.refresh(rotated.refreshToken(), IP))
        .isInstanceOf(InvalidTokenException.class)
        .hasMessageContaining("revoked");
    assertThatThrownBy(() -> auth.authenticate(rotated.accessToken()))
        .isInstanceOf(InvalidTokenException.class)
        .hasMessageContaining("session has ended");
  }

  @Test
  void reuseLeavesOtherSessionsAlone() {
    var otherLogin = auth.login("ops", "operator-password", IP);
    auth.refresh(login.refreshToken(), IP);

    assertThatThrownBy(() -> auth.refresh(login.refreshToken(), IP))
        .isInstanceOf(InvalidTokenException.class);

    assertThat(auth.authenticate(otherLogin.accessToken()).username()).isEqualTo("ops");
  }

  @Test
  void logoutEndsRefreshAndAccess() {
    auth.logout(login.refreshToken());

    assertThatThrownBy(() -> auth.refresh(login.refreshToken(), IP))
        .isInstanceOf(InvalidTokenException.class);
    assertThatThrownBy(() -> auth.authenticate(login.accessToken()))
        .isInstanceOf(InvalidTokenException.class);
  }

  @Test
  void logoutWithUnknownTokenIsIgnored() {
    auth.logout(AuthService.REFRESH_PREFIX + "unknown");

    assertThat(auth.authenticate(login.accessToken()).username()).isEqualTo("ops");
  }

  @Test
  void sessionExpiresAfterRefreshLifetime() {
    fixture.clock.advance(Duration.ofDays(7).plusSeconds(1));

    assertThatThrownBy(() -> auth.refresh(login.refreshToken(), IP))
        .isInstanceOf(InvalidTokenException.class)
        .hasMessageContaining("expired");
  }

  @Test
  void rotationDoesNotExtendSession() {
    fixture.clock.advance(Duration.ofDays(6));
    var rotated = auth.refresh(login.refreshToken(), IP);

    fixture.clock.advance(Duration.ofDays(1).plusSeconds(1));

    assertThatThrownBy(() -> auth.refresh(rotated.refreshToken(), IP))
        .isInstanceOf(InvalidTokenException.class);
  }

  @Test
  void unknownTokenIsRejected() {
    assertThatThrownBy(() -> auth.refresh(AuthService.REFRESH_PREFIX + "guess", IP))
        .isInstanceOf(InvalidTokenException.class)
        .hasMessageContaining("unknown");
  }

  @Test
  void accessTokenIsNotRefreshToken() {
    assertThatThrownBy(() -> auth.refresh(login.accessToken(), IP))
        .isInstanceOf(InvalidTokenException.class)
        .hasMessageContaining("not a refresh token");
  }

  @Test
  void refreshTokenIsStoredOnlyAsHash() {
    long clear =
        fixture.jdbi.withHandle(
            handle ->
                handle
                    .createQuery("SELECT COUNT(*) FROM refresh_tokens WHERE token_hash = ?")
                    .bind(0, login.refreshToken())
                    .mapTo(Long.class)
                    .one());
    long hashed =
        fixture.jdbi.withHandle(
            handle ->
                handle
                    .createQuery("SELECT COUNT(*) FROM refresh_tokens WHERE token_hash = ?")
                    .bind(0, Secrets.sha256(login.refreshToken()))
                    .mapTo(Long.class)
                    .one());

    assertThat(clear).isZero();
    assertThat(hashed).isEqualTo(1);
  }

  @Test
  void disabledUserCannotRefresh() {
    auth.users().update("ops", null, false);

    assertThatThrownBy(() -> auth.refresh(login.refreshToken(), IP))
        .isInstanceOf(InvalidTokenException.class);
  }
}

package dev.lxdjava.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiKeysTest {
  @TempDir Path dir;
  private AuthFixture fixture;
  private AuthService auth;

  @BeforeEach
  void openStore() {
    fixture = new AuthFixture(dir);
    auth = fixture.service();
  }

  @Test
  void keyAuthenticatesAsItsServiceAccount() {
    var created = auth.apiKeys().create("ci-bot", Role.OPERATOR, null, "admin");

    User account = auth.authenticate(created.secret());

    assertThat(created.secret()).startsWith(ApiKeys.PREFIX);
    assertThat(account.username()).isEqualTo("ci-bot");
    assertThat(account.kind()).isEqualTo(AccountKind.SERVICE);
    assertThat(account.role()).isEqualTo(Role.OPERATOR);
  }

  @Test
  void keyIsStoredOnlyAsHash() {
    var created = auth.apiKeys().create("ci-bot", Role.OPERATOR, null, "admin");

    String stored =
        fixture.jdbi.withHandle(
            handle ->
                handle.createQuery("SELECT key_hash FROM api_keys").mapTo(String.class).one());

    assertThat(stored).isEqualTo(Secrets.sha256(created.secret()));
    assertThat(created.key().prefix()).hasSize(ApiKeys.SHOWN_CHARACTERS);
    assertThat(created.secret()).startsWith(created.key().prefix());
  }

  @Test
  void revokedKeyStopsWorking() {
    var created = auth.apiKeys().create("ci-bot", Role.OPERATOR, null, "admin");

    auth.apiKeys().revoke("ci-bot");

    assertThatThrownBy(() -> auth.authenticate(created.secret()))
        .isInstanceOf(InvalidTokenException.class)
        .hasMessageContaining("unknown or revoked");
  }

  @Test
  void expiredKeyStopsWorking() {
    var expiry = fixture.clock.instant().plus(Duration.ofHours(1));
    var created = auth.apiKeys().create("ci-bot", Role.OPERATOR, expiry, "admin");

    fixture.clock.advance(Duration.ofHours(2));

    assertThatThrownBy(() -> auth.authenticate(created.secret()))
        .isInstanceOf(InvalidTokenException.class)
        .hasMessageContaining("expired");
  }

  @Test
  void expiryInPastIsRejected() {
    var past = fixture.clock.instant().minusSeconds(1);

    assertThatThrownBy(() -> auth.apiKeys().create("ci-bot", Role.OPERATOR, past, "admin"))
        .isInstanceOf(AuthValidationException.class)
        .hasMessageContaining("expires_at");
  }

  @Test
  void disabledServiceAccountStopsKey() {
    var created = auth.apiKeys().create("ci-bot", Role.OPERATOR, null, "admin");

    auth.users().update("ci-bot", null, false);

    assertThatThrownBy(() -> auth.authenticate(created.secret()))
        .isInstanceOf(InvalidTokenException.class)
        .hasMessageContaining("disabled");
  }

  @Test
  void keyNameTakenByUserIsConflict() {
    auth.createUser("alice", "alice-password-1", Role.VIEWER);

    assertThatThrownBy(() -> auth.apiKeys().create("alice", Role.VIEWER, null, "admin"))
        .isInstanceOf(UserConflictException.class);
  }

  @Test
  void keyUseIsRecorded() {
    var created = auth.apiKeys().create("ci-bot", Role.VIEWER, null, "admin");

    auth.authenticate(created.secret());

    assertThat(auth.apiKeys().get("ci-bot").lastUsedAt())
        .isEqualTo(fixture.clock.instant().truncatedTo(ChronoUnit.MILLIS));
  }

  @Test
  void guessedKeyIsRejected() {
    auth.apiKeys().create("ci-bot", Role.VIEWER, null, "admin");

    assertThatThrownBy(() -> auth.authenticate(ApiKeys.PREFIX + "guess"))
        .isInstanceOf(InvalidTokenException.class);
  }
}

package dev.lxdjava.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TokenServiceTest {
  private static final String SECRET = AuthFixture.SECRET;
  private static final User USER =
      new User(7, "ops", Role.OPERATOR, true, 3, Instant.now(), Instant.now(), null);

  private final MutableClock clock = MutableClock.startingNow();
  private final TokenService tokens = new TokenService(SECRET, Duration.ofMinutes(30), clock);

  @Test
  void issuedTokenVerifiesWithItsClaims() {
    String token = tokens.issueAccess(USER, "session-1");

    TokenService.AccessClaims claims = tokens.verifyAccess(token);

    assertThat(claims.userId()).isEqualTo(7);
    assertThat(claims.tokenVersion()).isEqualTo(3);
    assertThat(claims.sessionId()).isEqualTo("session-1");
  }

  @Test
  void expiredTokenIsRejected() {
    String token = tokens.issueAccess(USER, "session-1");

    clock.advance(Duration.ofMinutes(31));

    assertThatThrownBy(() -> tokens.verifyAccess(token))
        .isInstanceOf(InvalidTokenException.class)
        .hasMessageContaining("expired");
  }

  @Test
  void tokenSignedWithOtherKeyIsRejected() {
    var other = new TokenService(SECRET + "x", Duration.ofMinutes(30), clock);
    String forged = other.issueAccess(USER, "session-1");

    assertThatThrownBy(() -> tokens.verifyAccess(forged))
        .isInstanceOf(InvalidTokenException.class)
        .hasMessageContaining("signature");
  }

  @Test
  void tokenOfOtherTypeIsRejected() {
    String refreshTyped =
        JWT.create()
            .withIssuer(TokenService.ISSUER)
            .withSubject("7")
            .withClaim("ver", 3)
            .withClaim("sid", "session-1")
            .withClaim("typ", "refresh")
            .withExpiresAt(clock.instant().plusSeconds(600))
            .sign(Algorithm.HMAC256(SECRET));

    assertThatThrownBy(() -> tokens.verifyAccess(refreshTyped))
        .isInstanceOf(InvalidTokenException.class)
        .hasMessageContaining("token type");
  }

  @Test
  void tokenWithoutSessionIsRejected() {
    String noSession =
        JWT.create()
            .withIssuer(TokenService.ISSUER)
            .withSubject("7")
            .withClaim("ver", 3)
            .withClaim("typ", TokenService.TYPE_ACCESS)
            .withExpiresAt(clock.instant().plusSeconds(600))
            .sign(Algorithm.HMAC256(SECRET));

    assertThatThrownBy(() -> tokens.verifyAccess(noSession))
        .isInstanceOf(InvalidTokenException.class)
        .hasMessageContaining("claim is missing");
  }

  @Test
  void unsignedTokenIsRejected() {
    String none =
        JWT.create()
            .withIssuer(TokenService.ISSUER)
            .withSubject("7")
            .withClaim("typ", TokenService.TYPE_ACCESS)
            .sign(Algorithm.none());

    assertThatThrownBy(() -> tokens.verifyAccess(none)).isInstanceOf(InvalidTokenException.class);
  }

  @Test
  void shortSecretIsRejected() {
    assertThatThrownBy(() -> new TokenService("short", Duration.ofMinutes(1), Clock.systemUTC()))
        .isInstanceOf(AuthValidationException.class)
        .hasMessageContaining("JWT_SECRET")
        .hasMessageContaining("32 bytes");
  }

  @Test
  void templateSecretIsRejected() {
    assertThat(TokenService.secretProblem("your-secret-key-change-in-production"))
        .hasValueSatisfying(problem -> assertThat(problem).contains("template value"));
  }

  @Test
  void repetitiveSecretIsRejected() {
    assertThat(TokenService.secretProblem("a".repeat(40)))
        .hasValueSatisfying(problem -> assertThat(problem).contains("distinct characters"));
  }

  @Test
  void randomHexSecretIsAccepted() {
    assertThat(TokenService.secretProblem("9f2c4e7a1b3d5f60718293a4b5c6d7e8f9012345")).isEmpty();
  }
}

package dev.lxdjava.auth;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.exceptions.JWTVerificationException;
import com.auth0.jwt.exceptions.TokenExpiredException;
import com.auth0.jwt.interfaces.DecodedJWT;
import com.auth0.jwt.interfaces.JWTVerifier;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * Issues and verifies access tokens: HS256 JWTs that carry the user id, name, role, the user's
 * token version and the token type. Verification checks signature, issuer, type and expiry; the
 * caller checks the token version against the store, so revocation takes effect at once.
 */
public final class TokenService {
  /** Shortest accepted signing secret, in bytes: HS256 needs at least 256 bits of key. */
  public static final int MIN_SECRET_BYTES = 32;

  static final String ISSUER = "lxd-gateway";
  static final String TYPE_ACCESS = "access";

  private final Algorithm algorithm;
  private final JWTVerifier verifier;
  private final Duration accessLifetime;
  private final Clock clock;

  /**
   * Creates the service.
   *
   * @param secret HMAC key, at least {@link #MIN_SECRET_BYTES} bytes in UTF-8
   * @param accessLifetime how long an access token is valid
   */
  public TokenService(String secret, Duration accessLifetime, Clock clock) {
    if (secret == null || secret.getBytes(StandardCharsets.UTF_8).length < MIN_SECRET_BYTES) {
      throw new AuthValidationException(
          "JWT_SECRET", null, "must be at least " + MIN_SECRET_BYTES + " bytes long");
    }
    this.algorithm = Algorithm.HMAC256(secret);
    this.verifier = JWT.require(algorithm).withIssuer(ISSUER).withClaim("typ", TYPE_ACCESS).build();
    this.accessLifetime = accessLifetime;
    this.clock = clock;
  }

  /** How long access tokens are valid. */
  public Duration accessLifetime() {
    return accessLifetime;
  }

  /** Issues an access token for the user. */
  public String issueAccess(User user) {
    Instant now = clock.instant();
    return JWT.create()
        .withIssuer(ISSUER)
        .withSubject(Long.toString(user.id()))
        .withClaim("name", user.username())
        .withClaim("role", user.role().wireName())
        .withClaim("ver", user.tokenVersion())
        .withClaim("typ", TYPE_ACCESS)
        .withJWTId(UUID.randomUUID().toString())
        .withIssuedAt(now)
        .withExpiresAt(now.plus(accessLifetime))
        .sign(algorithm);
  }

  /**
   * Verifies an access token and returns its claims.
   *
   * @throws InvalidTokenException if the token is malformed, expired, of another type or signed
   *     with another key
   */
  public AccessClaims verifyAccess(String token) {
    try {
      DecodedJWT jwt = verifier.verify(token);
      if (jwt.getExpiresAt() != null && jwt.getExpiresAtAsInstant().isBefore(clock.instant())) {
        throw new InvalidTokenException("expired");
      }
      long userId = Long.parseLong(jwt.getSubject());
      return new AccessClaims(userId, jwt.getClaim("ver").asInt(), jwt.getId());
    } catch (TokenExpiredException e) {
      throw new InvalidTokenException("expired");
    } catch (JWTVerificationException | NumberFormatException | NullPointerException e) {
      throw new InvalidTokenException("signature, issuer or claims do not verify");
    }
  }

  /**
   * The verified claims of an access token.
   *
   * @param userId the user's database id
   * @param tokenVersion the user's token version when the token was issued
   * @param tokenId unique id of the token
   */
  public record AccessClaims(long userId, int tokenVersion, String tokenId) {}
}

package dev.lxdjava.auth;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTVerifier;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.exceptions.JWTVerificationException;
import com.auth0.jwt.exceptions.TokenExpiredException;
import com.auth0.jwt.interfaces.DecodedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Issues and verifies access tokens: HS256 JWTs that carry the user id, name, role, the user's
 * token version, the login session and the token type. Verification checks signature, issuer, type
 * and expiry; {@link AuthService#authenticate} then checks the token version and the session
 * against the store, so revocation takes effect at once.
 */
public final class TokenService {
  /** Shortest accepted signing secret, in bytes: HS256 needs at least 256 bits of key. */
  public static final int MIN_SECRET_BYTES = 32;

  static final String ISSUER = "lxd-gateway";
  static final String TYPE_ACCESS = "access";

  /** Words of example and default secrets that people copy from templates. */
  private static final List<String> PLACEHOLDER_WORDS =
      List.of("change", "your-secret", "secret-key", "example", "placeholder", "default");

  private final Algorithm algorithm;
  private final JWTVerifier verifier;
  private final Duration accessLifetime;
  private final Clock clock;

  /**
   * Creates the service.
   *
   * @param secret HMAC key; see {@link #secretProblem}
   * @param accessLifetime how long an access token is valid
   * @throws AuthValidationException if the secret is too short or a placeholder
   */
  public TokenService(String secret, Duration accessLifetime, Clock clock) {
    Optional<String> problem = secretProblem(secret);
    if (problem.isPresent()) {
      throw new AuthValidationException("JWT_SECRET", null, problem.get());
    }
    this.algorithm = Algorithm.HMAC256(secret);
    this.verifier =
        ((JWTVerifier.BaseVerification)
                JWT.require(algorithm).withIssuer(ISSUER).withClaim("typ", TYPE_ACCESS))
            .build(clock);
    this.accessLifetime = accessLifetime;
    this.clock = clock;
  }

  /**
   * Why a signing secret is unusable, or empty when it is usable: it must be at least {@link
   * #MIN_SECRET_BYTES} bytes, use at least 10 distinct characters, and contain none of the words of
   * template secrets such as {@code change} or {@code secret-key}.
   */
  public static Optional<String> secretProblem(String secret) {
    if (secret == null || secret.getBytes(StandardCharsets.UTF_8).length < MIN_SECRET_BYTES) {
      return Optional.of("must be at least " + MIN_SECRET_BYTES + " bytes long");
    }
    if (secret.chars().distinct().count() < 10) {
      return Optional.of("must use at least 10 distinct characters, like a random value");
    }
    String lower = secret.toLowerCase(Locale.ROOT);
    for (String word : PLACEHOLDER_WORDS) {
      if (lower.contains(word)) {
        return Optional.of("looks like a template value (contains '" + word + "')");
      }
    }
    return Optional.empty();
  }

  /** How long access tokens are valid. */
  public Duration accessLifetime() {
    return accessLifetime;
  }

  /** Issues an access token for the user's login session. */
  public String issueAccess(User user, String sessionId) {
    Instant now = clock.instant();
    return JWT.create()
        .withIssuer(ISSUER)
        .withSubject(Long.toString(user.id()))
        .withClaim("name", user.username())
        .withClaim("role", user.role().wireName())
        .withClaim("ver", user.tokenVersion())
        .withClaim("sid", sessionId)
        .withClaim("typ", TYPE_ACCESS)
        .withJWTId(UUID.randomUUID().toString())
        .withIssuedAt(now)
        .withExpiresAt(now.plus(accessLifetime))
        .sign(algorithm);
  }

  /**
   * Verifies an access token and returns its claims.
   *
   * @throws InvalidTokenException if the token is malformed, expired, of another type, signed with
   *     another key, or lacks a claim
   */
  public AccessClaims verifyAccess(String token) {
    DecodedJWT jwt;
    try {
      jwt = verifier.verify(token);
    } catch (TokenExpiredException e) {
      throw new InvalidTokenException("expired");
    } catch (JWTVerificationException e) {
      throw new InvalidTokenException("signature, issuer or token type does not verify");
    }
    if (jwt.getExpiresAtAsInstant() == null
        || !jwt.getExpiresAtAsInstant().isAfter(clock.instant())) {
      throw new InvalidTokenException("expired");
    }
    Long userId = parseId(jwt.getSubject());
    Integer version = jwt.getClaim("ver").asInt();
    String sessionId = jwt.getClaim("sid").asString();
    if (userId == null || version == null || sessionId == null) {
      throw new InvalidTokenException("a required claim is missing");
    }
    return new AccessClaims(userId, version, jwt.getId(), sessionId);
  }

  private static Long parseId(String subject) {
    try {
      return subject == null ? null : Long.valueOf(subject);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /**
   * The verified claims of an access token.
   *
   * @param userId the user's database id
   * @param tokenVersion the user's token version when the token was issued
   * @param tokenId unique id of the token
   * @param sessionId the login session the token belongs to
   */
  public record AccessClaims(long userId, int tokenVersion, String tokenId, String sessionId) {}
}

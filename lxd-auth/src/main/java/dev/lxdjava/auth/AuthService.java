package dev.lxdjava.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Logs users in and out, rotates refresh tokens, and resolves bearer credentials (access tokens and
 * API keys) to accounts. Account management, API keys, authorization and the audit trail hang off
 * this facade.
 */
public final class AuthService {
  /** Prefix of refresh tokens: opaque random values, stored only as hashes. */
  public static final String REFRESH_PREFIX = "lxdr_";

  private final AuthStores stores;
  private final PasswordHasher hasher;
  private final TokenService tokens;
  private final Duration refreshLifetime;
  private final Clock clock;
  private final Throttle loginPerAddress;
  private final Throttle loginPerAccount;
  private final Throttle refreshPerAddress;
  private final Throttle refreshPerAccount;
  private final UserAdmin users;
  private final ApiKeys apiKeys;
  private final Authorizer authorizer;

  /**
   * Creates the service.
   *
   * @param refreshLifetime how long a login session, and so its refresh tokens, lasts
   */
  public AuthService(
      AuthStores stores,
      PasswordHasher hasher,
      TokenService tokens,
      Duration refreshLifetime,
      RateLimits limits,
      Clock clock) {
    this.stores = stores;
    this.hasher = hasher;
    this.tokens = tokens;
    this.refreshLifetime = refreshLifetime;
    this.clock = clock;
    this.loginPerAddress =
        new Throttle("login attempts from this address", limits.loginPerAddress());
    this.loginPerAccount = new Throttle("login attempts for this user", limits.loginPerAccount());
    this.refreshPerAddress =
        new Throttle("token refreshes from this address", limits.refreshPerAddress());
    this.refreshPerAccount =
        new Throttle("token refreshes for this user", limits.refreshPerAccount());
    this.users = new UserAdmin(stores.users(), stores.grants(), hasher);
    this.apiKeys = new ApiKeys(stores.apiKeys(), stores.users(), clock);
    this.authorizer = new Authorizer(stores.grants());
  }

  /** The token service, for lifetimes. */
  public TokenService tokens() {
    return tokens;
  }

  /** How long a login session and its refresh tokens last. */
  public Duration refreshLifetime() {
    return refreshLifetime;
  }

  /** Account and grant management. */
  public UserAdmin users() {
    return users;
  }

  /** API keys. */
  public ApiKeys apiKeys() {
    return apiKeys;
  }

  /** Role decisions per project. */
  public Authorizer authorizer() {
    return authorizer;
  }

  /** The audit trail. */
  public AuditStore audit() {
    return stores.audit();
  }

  /**
   * Checks a username and password and starts a session. Every attempt, for an existing user or
   * not, runs exactly one bcrypt check, so timing does not reveal which names exist.
   *
   * @param clientAddress the client's address, for the per-address rate limit
   * @throws RateLimitedException after too many attempts from the address or for the username
   * @throws InvalidCredentialsException for an unknown user, a wrong password, a disabled account
   *     or a service account
   */
  public LoginResult login(String username, String password, String clientAddress) {
    loginPerAddress.acquire(clientAddress);
    String name = username == null ? "" : username;
    loginPerAccount.acquire(name.toLowerCase(Locale.ROOT));
    Optional<User> found = name.isEmpty() ? Optional.empty() : stores.users().findByUsername(name);
    String hash = found.flatMap(user -> stores.users().passwordHash(user.id())).orElse(null);
    boolean matches = hasher.verify(password, hash);
    if (!matches || found.isEmpty() || !found.get().active()) {
      throw new InvalidCredentialsException();
    }
    User user = found.get();
    stores.users().recordLogin(user.id());
    return startSession(user);
  }

  private LoginResult startSession(User user) {
    Instant now = clock.instant();
    String sessionId = UUID.randomUUID().toString();
    String refresh = Secrets.generate(REFRESH_PREFIX);
    stores
        .sessions()
        .create(
            new SessionStore.Session(sessionId, user.id(), now, now.plus(refreshLifetime), null),
            Secrets.sha256(refresh));
    return new LoginResult(user, tokens.issueAccess(user, sessionId), refresh);
  }

  /**
   * Exchanges a refresh token for a new access token and a new refresh token. The old refresh token
   * stops working. Presenting a refresh token a second time revokes its whole session, because
   * either the client or a thief kept a copy.
   *
   * @throws RateLimitedException after too many attempts from the address or for the account
   * @throws InvalidTokenException for an unknown, reused, expired or revoked refresh token, or a
   *     disabled account
   */
  public LoginResult refresh(String refreshToken, String clientAddress) {
    refreshPerAddress.acquire(clientAddress);
    if (refreshToken == null || !refreshToken.startsWith(REFRESH_PREFIX)) {
      throw new InvalidTokenException("not a refresh token");
    }
    String hash = Secrets.sha256(refreshToken);
    SessionStore.Session found =
        stores
            .sessions()
            .findByToken(hash)
            .orElseThrow(() -> new InvalidTokenException("unknown refresh token"));
    refreshPerAccount.acquire(Long.toString(found.userId()));
    String next = Secrets.generate(REFRESH_PREFIX);
    SessionStore.Rotation rotation =
        stores.sessions().rotate(hash, Secrets.sha256(next), clock.instant());
    long owner = rotation.session() == null ? 0 : rotation.session().userId();
    switch (rotation.outcome()) {
      case UNKNOWN -> throw new InvalidTokenException("unknown refresh token");
      case ENDED ->
          throw new InvalidTokenException("the session has expired or was revoked", owner);
      case REUSED ->
          throw new InvalidTokenException(
              "refresh token was already used; its session is revoked", owner);
      case ROTATED -> {}
    }
    SessionStore.Session session = rotation.session();
    User user = stores.users().findById(session.userId()).filter(User::active).orElse(null);
    if (user == null) {
      stores.sessions().revoke(session.id(), "account disabled or deleted", clock.instant());
      throw new InvalidTokenException("the account is disabled or deleted", owner);
    }
    return new LoginResult(user, tokens.issueAccess(user, session.id()), next);
  }

  /**
   * Ends the session a refresh token belongs to, used or not. Its access tokens stop working at
   * once. An unknown token is ignored, so the reply does not reveal whether it existed.
   *
   * @return the session's account, for the audit trail; empty for an unknown token
   */
  public Optional<User> logout(String refreshToken) {
    if (refreshToken == null || !refreshToken.startsWith(REFRESH_PREFIX)) {
      return Optional.empty();
    }
    Optional<SessionStore.Session> session =
        stores.sessions().findByToken(Secrets.sha256(refreshToken));
    session.ifPresent(found -> stores.sessions().revoke(found.id(), "logout", clock.instant()));
    return session.flatMap(found -> stores.users().findById(found.userId()));
  }

  /**
   * Resolves a bearer credential to its account: an API key ({@code lxdk_…}) or an access token. An
   * access token works only while its account is active, its token version is current and its
   * session has not ended.
   *
   * @throws InvalidTokenException otherwise
   */
  public User authenticate(String bearer) {
    if (bearer == null || bearer.isBlank()) {
      throw new InvalidTokenException("missing");
    }
    if (bearer.startsWith(ApiKeys.PREFIX)) {
      return apiKeys.authenticate(bearer);
    }
    TokenService.AccessClaims claims = tokens.verifyAccess(bearer);
    User user =
        stores
            .users()
            .findById(claims.userId())
            .orElseThrow(() -> new InvalidTokenException("user no longer exists"));
    if (!user.active()) {
      throw new InvalidTokenException("user is disabled");
    }
    if (user.tokenVersion() != claims.tokenVersion()) {
      throw new InvalidTokenException("revoked");
    }
    if (!stores.sessions().isActive(claims.sessionId(), clock.instant())) {
      throw new InvalidTokenException("the session has ended (logout or revocation)");
    }
    return user;
  }

  /**
   * Changes a person's own password after checking the current one, and ends all their sessions.
   * Attempts count against the per-account login limit.
   *
   * @throws InvalidCredentialsException if the current password is wrong
   * @throws AuthConflictException for a service account
   * @throws AuthValidationException if the new password breaks the rules
   */
  public void changePassword(User user, String currentPassword, String newPassword) {
    if (user.kind() == AccountKind.SERVICE) {
      throw new AuthConflictException("an API key's service account has no password");
    }
    loginPerAccount.acquire(user.username().toLowerCase(Locale.ROOT));
    String hash = stores.users().passwordHash(user.id()).orElse(null);
    if (!hasher.verify(currentPassword, hash)) {
      throw new InvalidCredentialsException();
    }
    stores.users().setPasswordHash(user.id(), hasher.hashNew(newPassword));
  }

  /** Whether the store contains no accounts yet. */
  public boolean hasNoUsers() {
    return stores.users().count() == 0;
  }

  /**
   * Creates the first admin when the store is empty; does nothing otherwise.
   *
   * @return whether a user was created
   */
  public boolean seedAdmin(String username, String password) {
    if (stores.users().count() > 0) {
      return false;
    }
    users.create(username, password, Role.ADMIN);
    return true;
  }

  /**
   * Creates a person's account.
   *
   * @throws AuthValidationException for an invalid name or password
   * @throws UserConflictException if the name is taken
   */
  public User createUser(String username, String password, Role role) {
    return users.create(username, password, role);
  }

  /**
   * A successful login or refresh.
   *
   * @param user the account
   * @param accessToken signed access token
   * @param refreshToken opaque refresh token; the only copy
   */
  public record LoginResult(User user, String accessToken, String refreshToken) {}
}

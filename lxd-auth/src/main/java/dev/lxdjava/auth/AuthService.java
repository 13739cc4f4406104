package dev.lxdjava.auth;

import java.util.Optional;

/** Logs users in and resolves bearer tokens to users. */
public final class AuthService {
  private final UserStore users;
  private final PasswordHasher hasher;
  private final TokenService tokens;

  public AuthService(UserStore users, PasswordHasher hasher, TokenService tokens) {
    this.users = users;
    this.hasher = hasher;
    this.tokens = tokens;
  }

  /** The token service, for lifetimes. */
  public TokenService tokens() {
    return tokens;
  }

  /**
   * Checks a username and password and issues an access token. An unknown user costs one bcrypt
   * check like a known one, so timing does not reveal which names exist.
   *
   * @throws InvalidCredentialsException for an unknown user, a wrong password or a disabled user
   */
  public LoginResult login(String username, String password) {
    Optional<User> found = username == null ? Optional.empty() : users.findByUsername(username);
    if (found.isEmpty()) {
      hasher.burnCheck(password);
      throw new InvalidCredentialsException();
    }
    User user = found.get();
    String hash = users.passwordHash(user.id()).orElse("");
    boolean matches = hasher.matches(password, hash);
    if (!matches || !user.active()) {
      throw new InvalidCredentialsException();
    }
    users.recordLogin(user.id());
    return new LoginResult(user, tokens.issueAccess(user));
  }

  /**
   * Resolves an access token to its user, checking that the user is still active and that the token
   * version has not been raised since the token was issued.
   *
   * @throws InvalidTokenException otherwise
   */
  public User authenticate(String accessToken) {
    TokenService.AccessClaims claims = tokens.verifyAccess(accessToken);
    User user =
        users
            .findById(claims.userId())
            .orElseThrow(() -> new InvalidTokenException("user no longer exists"));
    if (!user.active()) {
      throw new InvalidTokenException("user is disabled");
    }
    if (user.tokenVersion() != claims.tokenVersion()) {
      throw new InvalidTokenException("revoked");
    }
    return user;
  }

  /** Whether the store holds no users yet. */
  public boolean hasNoUsers() {
    return users.count() == 0;
  }

  /**
   * Creates the first admin when the store is empty; does nothing otherwise.
   *
   * @return whether a user was created
   */
  public boolean seedAdmin(String username, String password) {
    if (users.count() > 0) {
      return false;
    }
    Usernames.requireValid(username);
    users.create(username, hasher.hashNew(password), Role.ADMIN);
    return true;
  }

  /**
   * Creates a user.
   *
   * @throws AuthValidationException for an invalid name or password
   * @throws UserConflictException if the name is taken
   */
  public User createUser(String username, String password, Role role) {
    Usernames.requireValid(username);
    return users.create(username, hasher.hashNew(password), role);
  }

  /**
   * A successful login.
   *
   * @param user the user
   * @param accessToken signed access token
   */
  public record LoginResult(User user, String accessToken) {}
}

package dev.lxdjava.auth;

import java.util.Optional;

/**
 * Where accounts live. {@link JdbiUserStore} keeps them in SQLite. Every change that must end
 * earlier credentials (role, active flag, password) raises the token version and revokes the
 * account's login sessions in the same transaction.
 */
public interface UserStore {

  /** Finds an account by name, ignoring case. */
  Optional<User> findByUsername(String username);

  /** Finds an account by id. */
  Optional<User> findById(long id);

  /** The stored bcrypt hash of a person's password; empty for service accounts. */
  Optional<String> passwordHash(long userId);

  /**
   * Creates a person's account.
   *
   * @throws UserConflictException if the name is taken
   */
  User create(String username, String passwordHash, Role role);

  /** Accounts of both kinds ordered by name. */
  ResultPage<User> list(int limit, int offset);

  /** Number of accounts of both kinds. */
  long count();

  /** Records a successful login. */
  void recordLogin(long userId);

  /**
   * Sets the global role.
   *
   * @throws AuthConflictException if that would leave no active person with the admin role
   */
  User updateRole(long userId, Role role);

  /**
   * Enables or disables an account.
   *
   * @throws AuthConflictException if that would leave no active person with the admin role
   */
  User setActive(long userId, boolean active);

  /** Replaces a person's password hash. */
  void setPasswordHash(long userId, String passwordHash);

  /**
   * Deletes an account with its sessions, grants and API key.
   *
   * @throws AuthConflictException if that would leave no active person with the admin role
   */
  void delete(long userId);
}

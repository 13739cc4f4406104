package dev.lxdjava.auth;

import java.util.Optional;

/** Where users live. {@link JdbiUserStore} keeps them in SQLite. */
public interface UserStore {

  /** Finds a user by name, ignoring case. */
  Optional<User> findByUsername(String username);

  /** Finds a user by id. */
  Optional<User> findById(long id);

  /** The stored bcrypt hash of a user's password. */
  Optional<String> passwordHash(long userId);

  /**
   * Creates a user.
   *
   * @throws UserConflictException if the name is taken
   */
  User create(String username, String passwordHash, Role role);

  /** Number of users. */
  long count();

  /** Records a successful login. */
  void recordLogin(long userId);
}

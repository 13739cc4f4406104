package dev.lxdjava.auth;

import java.util.List;
import java.util.Optional;

/**
 * Account management for admins: people's accounts, their global roles, active flags, passwords and
 * project grants. Role, active-flag and password changes end the account's sessions and raise its
 * token version, so earlier tokens stop working at once.
 */
public final class UserAdmin {
  private final UserStore users;
  private final GrantStore grants;
  private final PasswordHasher hasher;

  UserAdmin(UserStore users, GrantStore grants, PasswordHasher hasher) {
    this.users = users;
    this.grants = grants;
    this.hasher = hasher;
  }

  /**
   * Creates a person's account.
   *
   * @throws AuthValidationException for an invalid name or password
   * @throws UserConflictException if the name is taken
   */
  public User create(String username, String password, Role role) {
    Usernames.requireValid(username);
    return users.create(username, hasher.hashNew(password), role);
  }

  /** Accounts of both kinds ordered by name. */
  public ResultPage<User> list(int limit, int offset) {
    return users.list(limit, offset);
  }

  /** Finds an account by name, ignoring case. */
  public Optional<User> find(String username) {
    return users.findByUsername(username);
  }

  /** Finds an account by id. */
  public Optional<User> findById(long id) {
    return users.findById(id);
  }

  /**
   * The account with that name.
   *
   * @throws AuthNotFoundException if there is none
   */
  public User get(String username) {
    return users
        .findByUsername(username)
        .orElseThrow(() -> new AuthNotFoundException("user", username));
  }

  /**
   * Changes the global role and, when given, the active flag; {@code null} keeps a value.
   *
   * @throws AuthConflictException if no active person would keep the admin role
   */
  public User update(String username, Role role, Boolean active) {
    User user = get(username);
    if (role != null && role != user.role()) {
      user = users.updateRole(user.id(), role);
    }
    if (active != null && active != user.active()) {
      user = users.setActive(user.id(), active);
    }
    return user;
  }

  /**
   * Deletes an account with its sessions, grants and API key.
   *
   * @throws AuthConflictException if it is the last active admin
   */
  public void delete(String username) {
    users.delete(get(username).id());
  }

  /**
   * Sets a new password for a person and ends their sessions.
   *
   * @throws AuthConflictException for a service account, which has no password
   */
  public void resetPassword(String username, String password) {
    User user = get(username);
    if (user.kind() == AccountKind.SERVICE) {
      throw new AuthConflictException(
          "'" + username + "' is an API key's service account and has no password");
    }
    users.setPasswordHash(user.id(), hasher.hashNew(password));
  }

  /** The account's project grants. */
  public List<Grant> grants(String username) {
    return grants.ofUser(get(username).id());
  }

  /** All grants in a project, or in every project when {@code project} is {@code null}. */
  public List<Grant> grantsInProject(String project) {
    return grants.inProject(project == null ? null : ProjectNames.requireValid(project));
  }

  /** Gives the account a role in a project, replacing an earlier grant there. */
  public Grant grant(String username, String project, Role role) {
    if (role == Role.NONE) {
      throw new AuthValidationException(
          "role", "none", "must be viewer, operator or admin; delete the grant instead");
    }
    return grants.put(get(username).id(), ProjectNames.requireValid(project), role);
  }

  /**
   * Removes the account's grant in a project.
   *
   * @throws AuthNotFoundException if it has none there
   */
  public void revokeGrant(String username, String project) {
    if (!grants.remove(get(username).id(), project)) {
      throw new AuthNotFoundException("grant of '" + username + "' in project", project);
    }
  }
}

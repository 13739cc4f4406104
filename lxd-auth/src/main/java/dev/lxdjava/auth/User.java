package dev.lxdjava.auth;

import java.time.Instant;

/**
 * A gateway user. The password hash stays inside the store.
 *
 * @param id database id
 * @param username unique, case-insensitive login name
 * @param role global role
 * @param active whether the user may log in
 * @param tokenVersion increases whenever earlier tokens must stop working
 * @param createdAt creation time
 * @param updatedAt last change
 * @param lastLoginAt last successful login, or {@code null} if never
 */
public record User(
    long id,
    String username,
    Role role,
    boolean active,
    int tokenVersion,
    Instant createdAt,
    Instant updatedAt,
    Instant lastLoginAt) {}

package dev.lxdjava.auth;

import java.time.Instant;

/**
 * A role for one account inside one LXD project.
 *
 * @param username the account
 * @param project the LXD project name
 * @param role viewer, operator or admin
 * @param createdAt when the grant was made or last changed
 */
public record Grant(String username, String project, Role role, Instant createdAt) {}

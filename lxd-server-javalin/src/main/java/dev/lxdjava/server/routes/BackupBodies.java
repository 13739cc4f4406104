package dev.lxdjava.server.routes;

import java.time.Instant;

/** JSON bodies of the backup routes. Field names are the snake-case forms of the components. */
final class BackupBodies {
  private BackupBodies() {}

  /**
   * {@code POST /api/v1/instances/{name}/backups}. Without a name LXD picks one ({@code backup0},
   * …); without {@code expires_at} the backup stays.
   */
  record Create(
      String name,
      Instant expiresAt,
      Boolean instanceOnly,
      Boolean optimizedStorage,
      String compressionAlgorithm) {}
}

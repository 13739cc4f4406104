package dev.lxdjava.server.routes;

import java.time.Instant;

/** JSON bodies of the snapshot routes. Field names are the snake-case forms of the components. */
final class SnapshotBodies {
  private SnapshotBodies() {}

  /**
   * {@code POST /api/v1/instances/{name}/snapshots}. Without {@code expires_at} the snapshot never
   * expires.
   */
  record Create(String name, Boolean stateful, Instant expiresAt) {}

  /** {@code PUT /api/v1/instances/{name}/snapshots/{snapshot}}: {@code null} for never. */
  record Expiry(Instant expiresAt) {}
}

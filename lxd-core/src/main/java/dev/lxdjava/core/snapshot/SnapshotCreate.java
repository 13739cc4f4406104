package dev.lxdjava.core.snapshot;

import dev.lxdjava.core.Names;
import java.time.Instant;

/**
 * A request to snapshot an instance ({@code POST /1.0/instances/{name}/snapshots}).
 *
 * @param name snapshot name, valid by {@link Names#snapshot(String)}
 * @param stateful also save the runtime state of a running instance; needs CRIU on the host
 * @param expiresAt when LXD deletes the snapshot, or {@code null} to keep it until deleted (or
 *     until the instance's {@code snapshots.expiry} applies). Needs the API extension {@code
 *     snapshot_expiry_creation}.
 */
public record SnapshotCreate(String name, boolean stateful, Instant expiresAt) {

  /** Checks the name by {@link Names#snapshot(String)}. */
  public SnapshotCreate {
    Names.snapshot(name);
  }

  /** A stateless snapshot without expiry. */
  public static SnapshotCreate of(String name) {
    return new SnapshotCreate(name, false, null);
  }

  /** The same request, saving the runtime state or not. */
  public SnapshotCreate withStateful(boolean value) {
    return new SnapshotCreate(name, value, expiresAt);
  }

  /** The same request with an expiry time; {@code null} for none. */
  public SnapshotCreate withExpiresAt(Instant value) {
    return new SnapshotCreate(name, stateful, value);
  }
}

package dev.lxdjava.server.routes;

import dev.lxdjava.core.storage.StorageVolume;
import dev.lxdjava.core.storage.StorageVolumeSnapshot;
import dev.lxdjava.server.http.QueryParams;
import dev.lxdjava.server.openapi.Body;
import dev.lxdjava.server.openapi.Reply;
import dev.lxdjava.server.openapi.RouteDoc;
import dev.lxdjava.server.openapi.Shape;

/** Documentation of the volume snapshot routes. */
final class VolumeSnapshotDocs {
  private VolumeSnapshotDocs() {}

  static final String TAG = "storage";
  static final String SNAPSHOT = "Snapshot name: no `/`, `..` or control characters";

  private static RouteDoc.Builder volume(String summary) {
    return RouteDoc.builder(TAG, summary)
        .pathParam("pool", StoragePoolDocs.POOL)
        .pathParam("volume", StorageVolumeDocs.VOLUME)
        .query(QueryParams.PROJECT, QueryParams.TARGET);
  }

  private static RouteDoc.Builder snapshot(String summary) {
    return volume(summary).pathParam("snapshot", SNAPSHOT);
  }

  static final RouteDoc LIST =
      volume("List a volume's snapshots")
          .description("Sorted by name; names only with `expand=false`.")
          .query(QueryParams.EXPAND, QueryParams.LIMIT, QueryParams.OFFSET)
          .json(
              200,
              "A page of snapshots, or of names with `expand=false`",
              Shape.pageOf(Shape.anyOf(Shape.of(StorageVolumeSnapshot.class), Shape.string())))
          .errors(404)
          .lxd()
          .build();

  static final RouteDoc CREATE =
      volume("Snapshot a custom volume")
          .description("`expires_at` (ISO-8601) lets LXD delete the snapshot then.")
          .body(Body.json(Shape.of(StorageBodies.SnapshotCreate.class)))
          .operation()
          .errors(404, 409)
          .build();

  static final RouteDoc GET =
      snapshot("Get a volume snapshot")
          .reply(Reply.tagged(200, "LXD's snapshot object", Shape.of(StorageVolumeSnapshot.class)))
          .errors(404)
          .lxd()
          .build();

  static final RouteDoc UPDATE =
      snapshot("Set a volume snapshot's description and expiry")
          .description("LXD's PUT: absent fields become empty; no `expires_at` means no expiry.")
          .ifMatch()
          .body(Body.json(Shape.of(StorageBodies.SnapshotUpdate.class)))
          .reply(Reply.tagged(200, "The updated snapshot", Shape.of(StorageVolumeSnapshot.class)))
          .errors(404)
          .lxd()
          .build();

  static final RouteDoc DELETE =
      snapshot("Delete a volume snapshot").operation().errors(404).build();

  static final RouteDoc RENAME =
      snapshot("Rename a volume snapshot")
          .body(Body.json(Shape.of(ResourceReplies.Rename.class)))
          .operation()
          .errors(404, 409)
          .build();

  static final RouteDoc RESTORE =
      snapshot("Restore a custom volume from a snapshot")
          .description("Returns the volume to the snapshot's content; LXD does this synchronously.")
          .reply(Reply.tagged(200, "The restored volume", Shape.of(StorageVolume.class)))
          .errors(404)
          .lxd()
          .build();
}

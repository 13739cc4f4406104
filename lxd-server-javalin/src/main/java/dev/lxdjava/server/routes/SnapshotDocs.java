package dev.lxdjava.server.routes;

import dev.lxdjava.core.snapshot.InstanceSnapshot;
import dev.lxdjava.server.http.QueryParam;
import dev.lxdjava.server.http.QueryParams;
import dev.lxdjava.server.openapi.Body;
import dev.lxdjava.server.openapi.Reply;
import dev.lxdjava.server.openapi.RouteDoc;
import dev.lxdjava.server.openapi.Shape;

/** Documentation of the snapshot routes. */
final class SnapshotDocs {
  private SnapshotDocs() {}

  private static final String TAG = "snapshots";
  private static final String SNAPSHOT =
      "Snapshot name: no `/`, `..` (also percent-encoded), spaces, `?`, `&`, `+` or control"
          + " characters";

  static final QueryParam STATEFUL =
      QueryParam.bool(
          "stateful", "Also restore the saved runtime state; needs a stateful snapshot.", false);

  static final RouteDoc LIST =
      RouteDoc.builder(TAG, "List an instance's snapshots")
          .description("LXD's snapshot objects, sorted by name.")
          .pathParam("name", InstanceDocs.NAME)
          .query(QueryParams.PROJECT, QueryParams.TARGET, QueryParams.LIMIT, QueryParams.OFFSET)
          .json(200, "A page of snapshots", Shape.pageOf(Shape.of(InstanceSnapshot.class)))
          .errors(404)
          .lxd()
          .build();

  static final RouteDoc CREATE =
      RouteDoc.builder(TAG, "Take a snapshot")
          .description(
              "Snapshots the instance. `expires_at` (ISO-8601) makes LXD delete it then; without"
                  + " it the snapshot stays. `stateful` needs a running instance and CRIU.")
          .pathParam("name", InstanceDocs.NAME)
          .query(QueryParams.PROJECT, QueryParams.TARGET)
          .body(Body.json(Shape.of(SnapshotBodies.Create.class)))
          .operation()
          .errors(404, 409)
          .build();

  static final RouteDoc GET =
      RouteDoc.builder(TAG, "Get a snapshot")
          .pathParam("name", InstanceDocs.NAME)
          .pathParam("snapshot", SNAPSHOT)
          .query(QueryParams.PROJECT, QueryParams.TARGET)
          .reply(Reply.tagged(200, "LXD's snapshot object", Shape.of(InstanceSnapshot.class)))
          .errors(404)
          .lxd()
          .build();

  static final RouteDoc UPDATE_EXPIRY =
      RouteDoc.builder(TAG, "Change when a snapshot expires")
          .description(
              "Sets `expires_at` (ISO-8601); `null` keeps the snapshot for good. This route does"
                  + " not rename: use `POST …/rename`.")
          .pathParam("name", InstanceDocs.NAME)
          .pathParam("snapshot", SNAPSHOT)
          .query(QueryParams.PROJECT, QueryParams.TARGET)
          .ifMatch()
          .body(Body.json(Shape.of(SnapshotBodies.Expiry.class)))
          .operation()
          .errors(404)
          .build();

  static final RouteDoc RENAME =
      RouteDoc.builder(TAG, "Rename a snapshot")
          .description("Renames the snapshot (LXD's POST on the snapshot with the new name).")
          .pathParam("name", InstanceDocs.NAME)
          .pathParam("snapshot", SNAPSHOT)
          .query(QueryParams.PROJECT, QueryParams.TARGET)
          .body(Body.json(Shape.of(InstanceBodies.Rename.class)))
          .operation()
          .errors(404, 409)
          .build();

  static final RouteDoc RESTORE =
      RouteDoc.builder(TAG, "Restore an instance to a snapshot")
          .description("Replaces the instance's file system and configuration with the snapshot's.")
          .pathParam("name", InstanceDocs.NAME)
          .pathParam("snapshot", SNAPSHOT)
          .query(QueryParams.PROJECT, QueryParams.TARGET, STATEFUL)
          .operation()
          .errors(404)
          .build();

  static final RouteDoc DELETE =
      RouteDoc.builder(TAG, "Delete a snapshot")
          .pathParam("name", InstanceDocs.NAME)
          .pathParam("snapshot", SNAPSHOT)
          .query(QueryParams.PROJECT, QueryParams.TARGET)
          .operation()
          .errors(404)
          .build();
}

package dev.lxdjava.server.routes;

import dev.lxdjava.core.backup.InstanceBackup;
import dev.lxdjava.server.http.QueryParam;
import dev.lxdjava.server.http.QueryParams;
import dev.lxdjava.server.openapi.Body;
import dev.lxdjava.server.openapi.Reply;
import dev.lxdjava.server.openapi.RouteDoc;
import dev.lxdjava.server.openapi.Shape;

/** Documentation of the backup routes. */
final class BackupDocs {
  private BackupDocs() {}

  private static final String TAG = "backups";
  private static final String BACKUP =
      "Backup name: no `/`, `..` (also percent-encoded) or control characters";

  static final QueryParam IMPORT_NAME =
      QueryParam.text(
          "name", "Name of the new instance; absent keeps the name stored in the backup.");

  static final QueryParam POOL =
      QueryParam.name("pool", "Storage pool for the new instance; absent uses the profile's.", "");

  static final RouteDoc LIST =
      RouteDoc.builder(TAG, "List an instance's backups")
          .description("LXD's backup objects, sorted by name.")
          .pathParam("name", InstanceDocs.NAME)
          .query(QueryParams.PROJECT, QueryParams.TARGET, QueryParams.LIMIT, QueryParams.OFFSET)
          .json(200, "A page of backups", Shape.pageOf(Shape.of(InstanceBackup.class)))
          .errors(404)
          .lxd()
          .build();

  static final RouteDoc CREATE =
      RouteDoc.builder(TAG, "Make a backup")
          .description(
              "Backs the instance up inside LXD. Without `name` LXD picks one; the finished"
                  + " operation's resources name it. `compression_algorithm` is a program such as"
                  + " `gzip`, `zstd` or `none`.")
          .pathParam("name", InstanceDocs.NAME)
          .query(QueryParams.PROJECT, QueryParams.TARGET)
          .body(Body.json(Shape.of(BackupBodies.Create.class)))
          .operation()
          .errors(404, 409)
          .build();

  static final RouteDoc GET =
      RouteDoc.builder(TAG, "Get a backup")
          .pathParam("name", InstanceDocs.NAME)
          .pathParam("backup", BACKUP)
          .query(QueryParams.PROJECT, QueryParams.TARGET)
          .json(200, "LXD's backup object", Shape.of(InstanceBackup.class))
          .errors(404)
          .lxd()
          .build();

  static final RouteDoc RENAME =
      RouteDoc.builder(TAG, "Rename a backup")
          .pathParam("name", InstanceDocs.NAME)
          .pathParam("backup", BACKUP)
          .query(QueryParams.PROJECT, QueryParams.TARGET)
          .body(Body.json(Shape.of(InstanceBodies.Rename.class)))
          .operation()
          .errors(404, 409)
          .build();

  static final RouteDoc DELETE =
      RouteDoc.builder(TAG, "Delete a backup")
          .pathParam("name", InstanceDocs.NAME)
          .pathParam("backup", BACKUP)
          .query(QueryParams.PROJECT, QueryParams.TARGET)
          .operation()
          .errors(404)
          .build();

  static final RouteDoc EXPORT =
      RouteDoc.builder(TAG, "Download a backup")
          .description(
              "The backup tarball, streamed from LXD as it is read, so its size is not bound by"
                  + " the gateway's memory. It holds the instance's whole file system, so it needs"
                  + " the operator role. An LXD error before the first byte is a problem reply,"
                  + " never a 200 download.")
          .pathParam("name", InstanceDocs.NAME)
          .pathParam("backup", BACKUP)
          .query(QueryParams.PROJECT, QueryParams.TARGET)
          .reply(Reply.download(200, "The backup tarball", BackupRoutes.TARBALL))
          .errors(404)
          .lxd()
          .build();

  static final RouteDoc IMPORT =
      RouteDoc.builder(TAG, "Create an instance from a backup tarball")
          .description(
              "Streams the request body, a tarball from `…/export` or `lxc export`, to LXD,"
                  + " which unpacks it as a new instance. The body has no size limit and is not"
                  + " held in memory.")
          .query(QueryParams.PROJECT, QueryParams.TARGET, IMPORT_NAME, POOL)
          .body(Body.streamed("The backup tarball", BackupRoutes.TARBALL))
          .operation()
          .errors(409)
          .build();
}

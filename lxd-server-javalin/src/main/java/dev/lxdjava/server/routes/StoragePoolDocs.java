package dev.lxdjava.server.routes;

import dev.lxdjava.core.storage.StoragePool;
import dev.lxdjava.core.storage.StoragePoolResources;
import dev.lxdjava.server.http.QueryParams;
import dev.lxdjava.server.openapi.Body;
import dev.lxdjava.server.openapi.Reply;
import dev.lxdjava.server.openapi.RouteDoc;
import dev.lxdjava.server.openapi.Shape;

/** Documentation of the storage pool routes. */
final class StoragePoolDocs {
  private StoragePoolDocs() {}

  static final String TAG = "storage";
  static final String POOL = "Storage pool name: no `/`, `..` or control characters";

  static final RouteDoc LIST =
      RouteDoc.builder(TAG, "List storage pools")
          .description(
              "Every storage pool, sorted by name, as LXD's objects or their names with"
                  + " `expand=false`. Needs the global viewer role.")
          .query(QueryParams.EXPAND, QueryParams.LIMIT, QueryParams.OFFSET)
          .json(
              200,
              "A page of pools, or of names with `expand=false`",
              Shape.pageOf(Shape.anyOf(Shape.of(StoragePool.class), Shape.string())))
          .lxd()
          .build();

  static final RouteDoc CREATE =
      RouteDoc.builder(TAG, "Create a storage pool")
          .description(
              "Creates a pool; LXD does this synchronously. `driver` is one of LXD 5.0's storage"
                  + " drivers (btrfs, ceph, cephfs, dir, lvm, zfs); the host must support it.")
          .body(Body.json(Shape.of(StorageBodies.PoolCreate.class)))
          .reply(Reply.tagged(201, "The new pool", Shape.of(StoragePool.class)))
          .errors(409)
          .lxd()
          .build();

  static final RouteDoc GET =
      RouteDoc.builder(TAG, "Get a storage pool")
          .pathParam("pool", POOL)
          .reply(Reply.tagged(200, "LXD's pool object", Shape.of(StoragePool.class)))
          .errors(404)
          .lxd()
          .build();

  static final RouteDoc UPDATE =
      RouteDoc.builder(TAG, "Replace a storage pool's description and configuration")
          .description(
              "LXD's PUT: the description and configuration become exactly those given; absent"
                  + " fields become empty. Keys LXD does not allow to change are refused with 400.")
          .pathParam("pool", POOL)
          .ifMatch()
          .body(Body.json(Shape.of(StorageBodies.Update.class)))
          .reply(Reply.tagged(200, "The updated pool", Shape.of(StoragePool.class)))
          .errors(404)
          .lxd()
          .build();

  static final RouteDoc PATCH =
      RouteDoc.builder(TAG, "Change a storage pool's description or configuration keys")
          .description("LXD's PATCH: only the fields given change; `config` keys are merged.")
          .pathParam("pool", POOL)
          .ifMatch()
          .body(Body.json(Shape.of(StorageBodies.Update.class)))
          .reply(Reply.tagged(200, "The updated pool", Shape.of(StoragePool.class)))
          .errors(404)
          .lxd()
          .build();

  static final RouteDoc DELETE =
      RouteDoc.builder(TAG, "Delete a storage pool")
          .description("LXD refuses to delete a pool that volumes or profiles still use.")
          .pathParam("pool", POOL)
          .reply(Reply.empty(204, "The pool is deleted"))
          .errors(400, 404, 409)
          .lxd()
          .build();

  static final RouteDoc RESOURCES =
      RouteDoc.builder(TAG, "Get a storage pool's space and inode usage")
          .pathParam("pool", POOL)
          .json(200, "Used and total bytes and inodes", Shape.of(StoragePoolResources.class))
          .errors(404)
          .lxd()
          .build();

  static final RouteDoc SYSTEM_RESOURCES =
      RouteDoc.builder(TAG, "Get a storage pool's usage (earlier gateway's path)")
          .description("The same as `GET /api/v1/storage/pools/{pool}/resources`.")
          .pathParam("pool", POOL)
          .json(200, "Used and total bytes and inodes", Shape.of(StoragePoolResources.class))
          .errors(404)
          .lxd()
          .build();
}

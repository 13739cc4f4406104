package dev.lxdjava.server.routes;

import dev.lxdjava.core.Lxd;
import dev.lxdjava.core.Names;
import dev.lxdjava.core.storage.StoragePool;
import dev.lxdjava.core.storage.StoragePoolCreate;
import dev.lxdjava.core.storage.StoragePoolUpdate;
import dev.lxdjava.core.storage.StoragePools;
import dev.lxdjava.server.http.Access;
import dev.lxdjava.server.http.ApiException;
import dev.lxdjava.server.http.Bodies;
import dev.lxdjava.server.http.ETags;
import dev.lxdjava.server.http.ProjectFrom;
import dev.lxdjava.server.http.Router;
import io.javalin.http.Context;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Storage pool routes under {@code /api/v1/storage/pools}. Pools belong to no project and their
 * configuration describes the host, so reads need the global viewer role and writes the global
 * admin role.
 */
public final class StoragePoolRoutes {
  /** The storage drivers of LXD 5.0. LXD rejects any other driver with error_code 500, not 400. */
  static final Set<String> DRIVERS =
      new TreeSet<>(List.of("btrfs", "ceph", "cephfs", "dir", "lvm", "zfs"));

  private final Lxd lxd;
  private final Bodies bodies;

  public StoragePoolRoutes(Lxd lxd, Bodies bodies) {
    this.lxd = lxd;
    this.bodies = bodies;
  }

  /** Registers the routes. */
  public void register(Router router) {
    String pools = "/api/v1/storage/pools";
    String pool = pools + "/{pool}";
    router.get(pools, Access.VIEWER, ProjectFrom.GLOBAL, StoragePoolDocs.LIST, this::list);
    router.post(pools, Access.ADMIN, StoragePoolDocs.CREATE, this::create);
    router.get(pool, Access.VIEWER, ProjectFrom.GLOBAL, StoragePoolDocs.GET, this::get);
    router.put(pool, Access.ADMIN, StoragePoolDocs.UPDATE, this::update);
    router.patch(pool, Access.ADMIN, StoragePoolDocs.PATCH, this::patch);
    router.delete(pool, Access.ADMIN, StoragePoolDocs.DELETE, this::delete);
    router.get(
        pool + "/resources",
        Access.VIEWER,
        ProjectFrom.GLOBAL,
        StoragePoolDocs.RESOURCES,
        this::resources);
    router.get(
        "/api/v1/system/storage-pools/{pool}/resources",
        Access.VIEWER,
        ProjectFrom.GLOBAL,
        StoragePoolDocs.SYSTEM_RESOURCES,
        this::resources);
  }

  private StoragePools pools() {
    return lxd.storagePools();
  }

  private static String name(Context ctx) {
    return Names.storagePool(ctx.pathParam("pool"));
  }

  private void list(Context ctx) {
    ResourceReplies.page(ctx, pools().list(), StoragePool::name);
  }

  private void get(Context ctx) {
    ETags.send(ctx, pools().getTagged(name(ctx)));
  }

  private void create(Context ctx) {
    StorageBodies.PoolCreate body = bodies.read(ctx, StorageBodies.PoolCreate.class);
    if (body.name() == null) {
      throw ApiException.badRequest("field 'name' is required");
    }
    if (body.driver() == null || !DRIVERS.contains(body.driver())) {
      throw ApiException.badRequest(
          "field 'driver'='" + body.driver() + "' must be one of " + String.join(", ", DRIVERS));
    }
    StoragePoolCreate request =
        new StoragePoolCreate(body.name(), body.driver(), body.description(), body.config());
    pools().create(request);
    ResourceReplies.created(ctx, pools().getTagged(request.name()));
  }

  private void update(Context ctx) {
    String name = name(ctx);
    StorageBodies.Update body = bodies.read(ctx, StorageBodies.Update.class);
    pools()
        .update(
            name,
            new StoragePoolUpdate(
                body.description() == null ? "" : body.description(),
                body.config() == null ? java.util.Map.of() : body.config()),
            ETags.ifMatch(ctx));
    ETags.send(ctx, pools().getTagged(name));
  }

  private void patch(Context ctx) {
    String name = name(ctx);
    StorageBodies.Update body = bodies.read(ctx, StorageBodies.Update.class);
    pools()
        .patch(name, new StoragePoolUpdate(body.description(), body.config()), ETags.ifMatch(ctx));
    ETags.send(ctx, pools().getTagged(name));
  }

  private void delete(Context ctx) {
    pools().delete(name(ctx));
    ResourceReplies.deleted(ctx);
  }

  private void resources(Context ctx) {
    ctx.json(pools().resources(name(ctx)));
  }
}

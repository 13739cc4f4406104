package dev.lxdjava.server.routes;

import dev.lxdjava.core.Lxd;
import dev.lxdjava.core.Names;
import dev.lxdjava.core.storage.StorageVolumeSnapshot;
import dev.lxdjava.core.storage.StorageVolumeSnapshots;
import dev.lxdjava.core.storage.VolumeType;
import dev.lxdjava.server.http.Access;
import dev.lxdjava.server.http.ApiException;
import dev.lxdjava.server.http.Bodies;
import dev.lxdjava.server.http.ETags;
import dev.lxdjava.server.http.Params;
import dev.lxdjava.server.http.Router;
import io.javalin.http.Context;

/**
 * Snapshot routes of custom volumes under {@code …/volumes/custom/{volume}/snapshots}. Creating,
 * renaming and deleting start LXD operations (202, or 200 with {@code wait=true}); updating and
 * restoring are synchronous. Writes need the global admin role, as for volumes.
 */
public final class VolumeSnapshotRoutes {
  private final Lxd lxd;
  private final Bodies bodies;

  public VolumeSnapshotRoutes(Lxd lxd, Bodies bodies) {
    this.lxd = lxd;
    this.bodies = bodies;
  }

  /** Registers the routes. */
  public void register(Router router) {
    String snapshots = StorageVolumeRoutes.CUSTOM + "/snapshots";
    String snapshot = snapshots + "/{snapshot}";
    router.get(snapshots, Access.VIEWER, VolumeSnapshotDocs.LIST, this::list);
    router.post(snapshots, Access.ADMIN, VolumeSnapshotDocs.CREATE, this::create);
    router.get(snapshot, Access.VIEWER, VolumeSnapshotDocs.GET, this::get);
    router.put(snapshot, Access.ADMIN, VolumeSnapshotDocs.UPDATE, this::update);
    router.delete(snapshot, Access.ADMIN, VolumeSnapshotDocs.DELETE, this::delete);
    router.post(snapshot + "/rename", Access.ADMIN, VolumeSnapshotDocs.RENAME, this::rename);
    router.post(snapshot + "/restore", Access.ADMIN, VolumeSnapshotDocs.RESTORE, this::restore);
  }

  private StorageVolumeSnapshots snapshots(Context ctx) {
    String pool = Names.storagePool(ctx.pathParam("pool"));
    String volume = Names.storageVolume(ctx.pathParam("volume"));
    return Params.scoped(lxd, ctx).storageVolumes(pool).snapshots(volume);
  }

  private static String name(Context ctx) {
    return snapshotName(ctx.pathParam("snapshot"));
  }

  private static String snapshotName(String value) {
    return Names.segment("snapshot name", value);
  }

  private void list(Context ctx) {
    ResourceReplies.page(ctx, snapshots(ctx).list(), StorageVolumeSnapshot::name);
  }

  private void get(Context ctx) {
    String name = name(ctx);
    ETags.send(ctx, snapshots(ctx).getTagged(name));
  }

  private void create(Context ctx) {
    StorageBodies.SnapshotCreate body = bodies.read(ctx, StorageBodies.SnapshotCreate.class);
    if (body.name() == null) {
      throw ApiException.badRequest("field 'name' is required");
    }
    String name = snapshotName(body.name());
    AsyncReplies.respond(ctx, snapshots(ctx).create(name, body.expiresAt()));
  }

  private void update(Context ctx) {
    String name = name(ctx);
    StorageBodies.SnapshotUpdate body = bodies.read(ctx, StorageBodies.SnapshotUpdate.class);
    StorageVolumeSnapshots snapshots = snapshots(ctx);
    snapshots.update(
        name,
        body.description() == null ? "" : body.description(),
        body.expiresAt(),
        ETags.ifMatch(ctx));
    ETags.send(ctx, snapshots.getTagged(name));
  }

  private void delete(Context ctx) {
    String name = name(ctx);
    AsyncReplies.respond(ctx, snapshots(ctx).delete(name));
  }

  private void rename(Context ctx) {
    String name = name(ctx);
    String newName = snapshotName(ResourceReplies.newName(ctx, bodies));
    AsyncReplies.respond(ctx, snapshots(ctx).rename(name, newName));
  }

  /**
   * Restores the volume to the snapshot; LXD does this synchronously and the volume is returned.
   */
  private void restore(Context ctx) {
    String name = name(ctx);
    StorageVolumeSnapshots snapshots = snapshots(ctx);
    snapshots.restore(name);
    String pool = Names.storagePool(ctx.pathParam("pool"));
    ETags.send(
        ctx,
        Params.scoped(lxd, ctx)
            .storageVolumes(pool)
            .getTagged(VolumeType.CUSTOM, snapshots.volume()));
  }
}

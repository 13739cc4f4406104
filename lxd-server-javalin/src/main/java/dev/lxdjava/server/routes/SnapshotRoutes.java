package dev.lxdjava.server.routes;

import dev.lxdjava.core.Lxd;
import dev.lxdjava.core.Names;
import dev.lxdjava.core.snapshot.InstanceSnapshot;
import dev.lxdjava.core.snapshot.SnapshotCreate;
import dev.lxdjava.server.http.Access;
import dev.lxdjava.server.http.ApiException;
import dev.lxdjava.server.http.Bodies;
import dev.lxdjava.server.http.ETags;
import dev.lxdjava.server.http.Params;
import dev.lxdjava.server.http.Router;
import io.javalin.http.Context;
import java.util.Comparator;
import java.util.List;

/**
 * Snapshot routes under {@code /api/v1/instances/{name}/snapshots}. Instance and snapshot names are
 * checked before any LXD call, so a name such as {@code ..} never turns a snapshot request into one
 * on the instance.
 */
public final class SnapshotRoutes {
  private static final String ALL = "/api/v1/instances/{name}/snapshots";
  private static final String ONE = ALL + "/{snapshot}";

  private final Lxd lxd;
  private final Bodies bodies;

  public SnapshotRoutes(Lxd lxd, Bodies bodies) {
    this.lxd = lxd;
    this.bodies = bodies;
  }

  /** Registers the routes. */
  public void register(Router router) {
    router.get(ALL, Access.VIEWER, SnapshotDocs.LIST, this::list);
    router.post(ALL, Access.OPERATOR, SnapshotDocs.CREATE, this::create);
    router.get(ONE, Access.VIEWER, SnapshotDocs.GET, this::get);
    router.put(ONE, Access.OPERATOR, SnapshotDocs.UPDATE_EXPIRY, this::updateExpiry);
    router.delete(ONE, Access.OPERATOR, SnapshotDocs.DELETE, this::delete);
    router.post(ONE + "/rename", Access.OPERATOR, SnapshotDocs.RENAME, this::rename);
    router.post(ONE + "/restore", Access.OPERATOR, SnapshotDocs.RESTORE, this::restore);
  }

  private Lxd scoped(Context ctx) {
    return Params.scoped(lxd, ctx);
  }

  private static String instance(Context ctx) {
    return Names.instance(ctx.pathParam("name"));
  }

  private static String snapshot(Context ctx) {
    return Names.snapshot(ctx.pathParam("snapshot"));
  }

  private void list(Context ctx) {
    Page page = Page.of(ctx);
    List<InstanceSnapshot> snapshots =
        scoped(ctx).snapshots().list(instance(ctx)).stream()
            .sorted(Comparator.comparing(InstanceSnapshot::name))
            .toList();
    ctx.json(page.of(snapshots));
  }

  private void create(Context ctx) {
    String instance = instance(ctx);
    SnapshotBodies.Create body = bodies.read(ctx, SnapshotBodies.Create.class);
    if (body.name() == null || body.name().isEmpty()) {
      throw ApiException.badRequest("field 'name' is required: the snapshot's name");
    }
    SnapshotCreate request =
        SnapshotCreate.of(body.name())
            .withStateful(Boolean.TRUE.equals(body.stateful()))
            .withExpiresAt(body.expiresAt());
    AsyncReplies.respond(ctx, scoped(ctx).snapshots().create(instance, request));
  }

  private void get(Context ctx) {
    ETags.send(ctx, scoped(ctx).snapshots().getTagged(instance(ctx), snapshot(ctx)));
  }

  private void updateExpiry(Context ctx) {
    String instance = instance(ctx);
    String snapshot = snapshot(ctx);
    String etag = ETags.ifMatch(ctx);
    SnapshotBodies.Expiry body = bodies.read(ctx, SnapshotBodies.Expiry.class);
    AsyncReplies.respond(
        ctx, scoped(ctx).snapshots().updateExpiry(instance, snapshot, body.expiresAt(), etag));
  }

  private void rename(Context ctx) {
    String instance = instance(ctx);
    String snapshot = snapshot(ctx);
    String newName =
        Names.snapshot(InstanceEditRoutes.newName(bodies.read(ctx, InstanceBodies.Rename.class)));
    AsyncReplies.respond(ctx, scoped(ctx).snapshots().rename(instance, snapshot, newName));
  }

  private void restore(Context ctx) {
    String instance = instance(ctx);
    String snapshot = snapshot(ctx);
    boolean stateful = Params.bool(ctx, SnapshotDocs.STATEFUL);
    AsyncReplies.respond(ctx, scoped(ctx).snapshots().restore(instance, snapshot, stateful));
  }

  private void delete(Context ctx) {
    AsyncReplies.respond(ctx, scoped(ctx).snapshots().delete(instance(ctx), snapshot(ctx)));
  }
}

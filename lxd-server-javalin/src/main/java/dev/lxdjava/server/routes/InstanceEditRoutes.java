package dev.lxdjava.server.routes;

import dev.lxdjava.core.Lxd;
import dev.lxdjava.core.Names;
import dev.lxdjava.core.instance.InstancePatch;
import dev.lxdjava.core.instance.InstanceUpdate;
import dev.lxdjava.server.http.Access;
import dev.lxdjava.server.http.ApiException;
import dev.lxdjava.server.http.Bodies;
import dev.lxdjava.server.http.ETags;
import dev.lxdjava.server.http.Params;
import dev.lxdjava.server.http.Router;
import io.javalin.http.Context;

/**
 * Changes to an existing instance: replace (PUT) and merge (PATCH) with LXD's ETag passed through
 * {@code If-Match}, and rename. They need admin in the project: config and devices can give an
 * instance host resources (privileged mode, host paths), which is more than lifecycle.
 */
public final class InstanceEditRoutes {
  private static final String ONE = "/api/v1/instances/{name}";

  private final Lxd lxd;
  private final Bodies bodies;

  public InstanceEditRoutes(Lxd lxd, Bodies bodies) {
    this.lxd = lxd;
    this.bodies = bodies;
  }

  /** Registers the routes. */
  public void register(Router router) {
    router.put(ONE, Access.PROJECT_ADMIN, InstanceEditDocs.UPDATE, this::update);
    router.patch(ONE, Access.PROJECT_ADMIN, InstanceEditDocs.PATCH, this::patch);
    router.post(ONE + "/rename", Access.PROJECT_ADMIN, InstanceEditDocs.RENAME, this::rename);
  }

  private Lxd scoped(Context ctx) {
    return Params.scoped(lxd, ctx);
  }

  private void update(Context ctx) {
    String name = Names.instance(ctx.pathParam("name"));
    String etag = ETags.ifMatch(ctx);
    InstanceBodies.Update body = bodies.read(ctx, InstanceBodies.Update.class);
    InstanceUpdate update =
        new InstanceUpdate(
            body.config(),
            body.devices(),
            body.profiles(),
            Boolean.TRUE.equals(body.ephemeral()),
            body.description());
    AsyncReplies.respond(ctx, scoped(ctx).instances().update(name, update, etag));
  }

  private void patch(Context ctx) {
    String name = Names.instance(ctx.pathParam("name"));
    String etag = ETags.ifMatch(ctx);
    InstanceBodies.Patch body = bodies.read(ctx, InstanceBodies.Patch.class);
    InstancePatch patch =
        new InstancePatch(
            body.config(), body.devices(), body.profiles(), body.ephemeral(), body.description());
    scoped(ctx).instances().patch(name, patch, etag);
    ETags.send(ctx, scoped(ctx).instances().getTagged(name));
  }

  private void rename(Context ctx) {
    String name = Names.instance(ctx.pathParam("name"));
    String newName = Names.instance(newName(bodies.read(ctx, InstanceBodies.Rename.class)));
    AsyncReplies.respond(ctx, scoped(ctx).instances().rename(name, newName));
  }

  /** Returns the new name of a rename body, which is required. */
  static String newName(InstanceBodies.Rename body) {
    if (body.name() == null || body.name().isEmpty()) {
      throw ApiException.badRequest("field 'name' is required: the new name");
    }
    return body.name();
  }
}

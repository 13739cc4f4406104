package dev.lxdjava.server.routes;

import dev.lxdjava.core.Lxd;
import dev.lxdjava.core.Names;
import dev.lxdjava.core.image.ImageAlias;
import dev.lxdjava.core.image.ImageAliases;
import dev.lxdjava.server.http.Access;
import dev.lxdjava.server.http.ApiException;
import dev.lxdjava.server.http.Bodies;
import dev.lxdjava.server.http.ETags;
import dev.lxdjava.server.http.Params;
import dev.lxdjava.server.http.Router;
import io.javalin.http.Context;

/**
 * Image alias routes under {@code /api/v1/images/aliases}, in the request's project. Writes need
 * the global admin role, as for images. LXD changes aliases synchronously.
 */
public final class ImageAliasRoutes {
  private final Lxd lxd;
  private final Bodies bodies;

  public ImageAliasRoutes(Lxd lxd, Bodies bodies) {
    this.lxd = lxd;
    this.bodies = bodies;
  }

  /** Registers the routes. */
  public void register(Router router) {
    String aliases = ImageRoutes.IMAGES + "/aliases";
    String alias = aliases + "/{alias}";
    router.get(aliases, Access.VIEWER, ImageAliasDocs.LIST, this::list);
    router.post(aliases, Access.ADMIN, ImageAliasDocs.CREATE, this::create);
    router.get(alias, Access.VIEWER, ImageAliasDocs.GET, this::get);
    router.put(alias, Access.ADMIN, ImageAliasDocs.UPDATE, this::update);
    router.delete(alias, Access.ADMIN, ImageAliasDocs.DELETE, this::delete);
    router.post(alias + "/rename", Access.ADMIN, ImageAliasDocs.RENAME, this::rename);
  }

  private ImageAliases aliases(Context ctx) {
    return Params.scoped(lxd, ctx).images().aliases();
  }

  private static String name(Context ctx) {
    return Names.imageAlias(ctx.pathParam("alias"));
  }

  private void list(Context ctx) {
    ResourceReplies.page(ctx, aliases(ctx).list(), ImageAlias::name);
  }

  private void get(Context ctx) {
    String name = name(ctx);
    ETags.send(ctx, aliases(ctx).getTagged(name));
  }

  private void create(Context ctx) {
    ImageBodies.AliasCreate body = bodies.read(ctx, ImageBodies.AliasCreate.class);
    if (body.name() == null || body.target() == null) {
      throw ApiException.badRequest(
          "fields 'name' and 'target' (the image's fingerprint) are required");
    }
    String name = Names.imageAlias(body.name());
    String target = Names.imageFingerprint(body.target());
    ImageAliases aliases = aliases(ctx);
    aliases.create(name, target, body.description() == null ? "" : body.description());
    ResourceReplies.created(ctx, aliases.getTagged(name));
  }

  private void update(Context ctx) {
    String name = name(ctx);
    ImageBodies.AliasUpdate body = bodies.read(ctx, ImageBodies.AliasUpdate.class);
    if (body.target() == null) {
      throw ApiException.badRequest("field 'target' (the image's fingerprint) is required");
    }
    String target = Names.imageFingerprint(body.target());
    ImageAliases aliases = aliases(ctx);
    aliases.update(
        name, target, body.description() == null ? "" : body.description(), ETags.ifMatch(ctx));
    ETags.send(ctx, aliases.getTagged(name));
  }

  private void delete(Context ctx) {
    String name = name(ctx);
    aliases(ctx).delete(name);
    ResourceReplies.deleted(ctx);
  }

  private void rename(Context ctx) {
    String name = name(ctx);
    String newName = Names.imageAlias(ResourceReplies.newName(ctx, bodies));
    ImageAliases aliases = aliases(ctx);
    aliases.rename(name, newName);
    ETags.send(ctx, aliases.getTagged(newName));
  }
}

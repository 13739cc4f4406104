package dev.lxdjava.server.routes;

import dev.lxdjava.core.Lxd;
import dev.lxdjava.core.Names;
import dev.lxdjava.core.image.Image;
import dev.lxdjava.core.image.ImageUpdate;
import dev.lxdjava.core.image.Images;
import dev.lxdjava.server.http.Access;
import dev.lxdjava.server.http.Bodies;
import dev.lxdjava.server.http.ETags;
import dev.lxdjava.server.http.Params;
import dev.lxdjava.server.http.Router;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;

/**
 * Image routes under {@code /api/v1/images/{fingerprint}}, in the request's project. Writes need
 * the global admin role: a project without {@code features.images} shares the default project's
 * images. {@link ImageTransferRoutes} and {@link ImageAliasRoutes} register before these, so their
 * fixed paths win over {@code {fingerprint}}.
 */
public final class ImageRoutes {
  static final String IMAGES = "/api/v1/images";

  private final Lxd lxd;
  private final Bodies bodies;

  public ImageRoutes(Lxd lxd, Bodies bodies) {
    this.lxd = lxd;
    this.bodies = bodies;
  }

  /** Registers the routes. */
  public void register(Router router) {
    String image = IMAGES + "/{fingerprint}";
    router.get(IMAGES, Access.VIEWER, ImageDocs.LIST, this::list);
    router.get(image, Access.VIEWER, ImageDocs.GET, this::get);
    router.put(image, Access.ADMIN, ImageDocs.UPDATE, this::update);
    router.patch(image, Access.ADMIN, ImageDocs.PATCH, this::patch);
    router.delete(image, Access.ADMIN, ImageDocs.DELETE, this::delete);
  }

  private Images images(Context ctx) {
    return Params.scoped(lxd, ctx).images();
  }

  static String fingerprint(Context ctx) {
    return Names.imageFingerprint(ctx.pathParam("fingerprint"));
  }

  private void list(Context ctx) {
    String filter = Params.listOptions(ctx).filter();
    ResourceReplies.page(ctx, images(ctx).list(filter), Image::fingerprint);
  }

  private void get(Context ctx) {
    String fingerprint = fingerprint(ctx);
    ETags.send(ctx, images(ctx).getTagged(fingerprint));
  }

  private void update(Context ctx) {
    String fingerprint = fingerprint(ctx);
    ImageBodies.Update body = bodies.read(ctx, ImageBodies.Update.class);
    ImageUpdate update =
        new ImageUpdate(
            Boolean.TRUE.equals(body.isPublic()),
            Boolean.TRUE.equals(body.autoUpdate()),
            body.properties() == null ? Map.of() : body.properties(),
            body.profiles() == null ? List.of() : body.profiles(),
            body.expiresAt());
    Images images = images(ctx);
    images.update(fingerprint, update, ETags.ifMatch(ctx));
    ETags.send(ctx, images.getTagged(fingerprint));
  }

  private void patch(Context ctx) {
    String fingerprint = fingerprint(ctx);
    ImageBodies.Update body = bodies.read(ctx, ImageBodies.Update.class);
    ImageUpdate patch =
        new ImageUpdate(
            body.isPublic(),
            body.autoUpdate(),
            body.properties(),
            body.profiles(),
            body.expiresAt());
    Images images = images(ctx);
    images.patch(fingerprint, patch, ETags.ifMatch(ctx));
    ETags.send(ctx, images.getTagged(fingerprint));
  }

  private void delete(Context ctx) {
    String fingerprint = fingerprint(ctx);
    AsyncReplies.respond(ctx, images(ctx).delete(fingerprint));
  }
}

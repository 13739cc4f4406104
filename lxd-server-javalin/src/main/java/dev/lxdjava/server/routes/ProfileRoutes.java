package dev.lxdjava.server.routes;

import dev.lxdjava.core.Lxd;
import dev.lxdjava.core.Names;
import dev.lxdjava.core.profile.Profile;
import dev.lxdjava.core.profile.ProfileCreate;
import dev.lxdjava.core.profile.ProfileUpdate;
import dev.lxdjava.core.profile.Profiles;
import dev.lxdjava.server.http.Access;
import dev.lxdjava.server.http.ApiException;
import dev.lxdjava.server.http.Bodies;
import dev.lxdjava.server.http.ETags;
import dev.lxdjava.server.http.Params;
import dev.lxdjava.server.http.Router;
import io.javalin.http.Context;
import java.util.Map;

/**
 * Profile routes under {@code /api/v1/profiles}, in the request's project. Writes need the global
 * admin role: a project without {@code features.profiles} uses the default project's profiles, so a
 * project grant would reach beyond its project.
 */
public final class ProfileRoutes {
  private final Lxd lxd;
  private final Bodies bodies;

  public ProfileRoutes(Lxd lxd, Bodies bodies) {
    this.lxd = lxd;
    this.bodies = bodies;
  }

  /** Registers the routes. */
  public void register(Router router) {
    String profiles = "/api/v1/profiles";
    String profile = profiles + "/{profile}";
    router.get(profiles, Access.VIEWER, ProfileDocs.LIST, this::list);
    router.post(profiles, Access.ADMIN, ProfileDocs.CREATE, this::create);
    router.get(profile, Access.VIEWER, ProfileDocs.GET, this::get);
    router.put(profile, Access.ADMIN, ProfileDocs.UPDATE, this::update);
    router.patch(profile, Access.ADMIN, ProfileDocs.PATCH, this::patch);
    router.delete(profile, Access.ADMIN, ProfileDocs.DELETE, this::delete);
    router.post(profile + "/rename", Access.ADMIN, ProfileDocs.RENAME, this::rename);
  }

  private Profiles profiles(Context ctx) {
    return Params.scoped(lxd, ctx).profiles();
  }

  private static String name(Context ctx) {
    return Names.profile(ctx.pathParam("profile"));
  }

  private void list(Context ctx) {
    ResourceReplies.page(ctx, profiles(ctx).list(), Profile::name);
  }

  private void get(Context ctx) {
    String name = name(ctx);
    ETags.send(ctx, profiles(ctx).getTagged(name));
  }

  private void create(Context ctx) {
    ProfileBodies.Create body = bodies.read(ctx, ProfileBodies.Create.class);
    if (body.name() == null) {
      throw ApiException.badRequest("field 'name' is required");
    }
    ProfileCreate request =
        new ProfileCreate(body.name(), body.description(), body.config(), body.devices());
    Profiles profiles = profiles(ctx);
    profiles.create(request);
    ResourceReplies.created(ctx, profiles.getTagged(request.name()));
  }

  private void update(Context ctx) {
    String name = name(ctx);
    ProfileBodies.Update body = bodies.read(ctx, ProfileBodies.Update.class);
    ProfileUpdate update =
        new ProfileUpdate(
            body.description() == null ? "" : body.description(),
            body.config() == null ? Map.of() : body.config(),
            body.devices() == null ? Map.of() : body.devices());
    Profiles profiles = profiles(ctx);
    profiles.update(name, update, ETags.ifMatch(ctx));
    ETags.send(ctx, profiles.getTagged(name));
  }

  private void patch(Context ctx) {
    String name = name(ctx);
    ProfileBodies.Update body = bodies.read(ctx, ProfileBodies.Update.class);
    Profiles profiles = profiles(ctx);
    profiles.patch(
        name,
        new ProfileUpdate(body.description(), body.config(), body.devices()),
        ETags.ifMatch(ctx));
    ETags.send(ctx, profiles.getTagged(name));
  }

  private void delete(Context ctx) {
    String name = name(ctx);
    profiles(ctx).delete(name);
    ResourceReplies.deleted(ctx);
  }

  private void rename(Context ctx) {
    String name = name(ctx);
    String newName = Names.profile(ResourceReplies.newName(ctx, bodies));
    Profiles profiles = profiles(ctx);
    profiles.rename(name, newName);
    ETags.send(ctx, profiles.getTagged(newName));
  }
}

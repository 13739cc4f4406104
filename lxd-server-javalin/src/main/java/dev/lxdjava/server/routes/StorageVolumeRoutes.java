package dev.lxdjava.server.routes;

import dev.lxdjava.core.Lxd;
import dev.lxdjava.core.Names;
import dev.lxdjava.core.storage.DiskAttachment;
import dev.lxdjava.core.storage.StorageVolumeCreate;
import dev.lxdjava.core.storage.StorageVolumeUpdate;
import dev.lxdjava.core.storage.StorageVolumes;
import dev.lxdjava.core.storage.VolumeType;
import dev.lxdjava.server.http.Access;
import dev.lxdjava.server.http.ApiException;
import dev.lxdjava.server.http.Bodies;
import dev.lxdjava.server.http.ETags;
import dev.lxdjava.server.http.Params;
import dev.lxdjava.server.http.Router;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Storage volume routes under {@code /api/v1/storage/pools/{pool}/volumes}, in the request's
 * project. Attaching and detaching need the operator role there; the other writes need the global
 * admin role, because a project without {@code features.storage.volumes} shares the default
 * project's volumes, so a project grant would reach beyond its project.
 */
public final class StorageVolumeRoutes {
  static final String VOLUMES = "/api/v1/storage/pools/{pool}/volumes";
  static final String CUSTOM = VOLUMES + "/custom/{volume}";

  private final Lxd lxd;
  private final Bodies bodies;

  public StorageVolumeRoutes(Lxd lxd, Bodies bodies) {
    this.lxd = lxd;
    this.bodies = bodies;
  }

  /** Registers the routes. */
  public void register(Router router) {
    String volume = VOLUMES + "/{type}/{volume}";
    router.get(VOLUMES, Access.VIEWER, StorageVolumeDocs.LIST, this::list);
    router.post(VOLUMES, Access.ADMIN, StorageVolumeDocs.CREATE, this::create);
    router.get(volume, Access.VIEWER, StorageVolumeDocs.GET, this::get);
    router.put(volume, Access.ADMIN, StorageVolumeDocs.UPDATE, this::update);
    router.patch(volume, Access.ADMIN, StorageVolumeDocs.PATCH, this::patch);
    router.delete(volume, Access.ADMIN, StorageVolumeDocs.DELETE, this::delete);
    router.post(CUSTOM + "/rename", Access.ADMIN, StorageVolumeDocs.RENAME, this::rename);
    router.post(CUSTOM + "/resize", Access.ADMIN, StorageVolumeDocs.RESIZE, this::resize);
    router.post(CUSTOM + "/attach", Access.OPERATOR, StorageVolumeDocs.ATTACH, this::attach);
    router.post(CUSTOM + "/detach", Access.OPERATOR, StorageVolumeDocs.DETACH, this::detach);
  }

  private StorageVolumes volumes(Context ctx) {
    return Params.scoped(lxd, ctx).storageVolumes(Names.storagePool(ctx.pathParam("pool")));
  }

  private static String name(Context ctx) {
    return Names.storageVolume(ctx.pathParam("volume"));
  }

  private static VolumeType type(Context ctx) {
    return VolumeType.fromWireName(ctx.pathParam("type"));
  }

  private void list(Context ctx) {
    String type = Params.value(ctx, StorageVolumeDocs.TYPE);
    StorageVolumes volumes = volumes(ctx);
    ResourceReplies.page(
        ctx,
        type.isEmpty() ? volumes.list() : volumes.list(VolumeType.fromWireName(type)),
        volume -> volume.type().wireName() + "/" + volume.name());
  }

  private void get(Context ctx) {
    String name = name(ctx);
    ETags.send(ctx, volumes(ctx).getTagged(type(ctx), name));
  }

  private void create(Context ctx) {
    StorageBodies.VolumeCreate body = bodies.read(ctx, StorageBodies.VolumeCreate.class);
    if (body.name() == null) {
      throw ApiException.badRequest("field 'name' is required");
    }
    Map<String, String> config =
        new LinkedHashMap<>(body.config() == null ? Map.of() : body.config());
    String size = body.size() != null ? body.size() : config.remove("size");
    StorageVolumeCreate request =
        new StorageVolumeCreate(body.name(), body.contentType(), body.description(), config);
    if (size != null) {
      request = request.withSize(size);
    }
    StorageVolumes volumes = volumes(ctx);
    volumes.create(request);
    ResourceReplies.created(ctx, volumes.getTagged(VolumeType.CUSTOM, request.name()));
  }

  private void update(Context ctx) {
    VolumeType type = type(ctx);
    String name = name(ctx);
    StorageBodies.Update body = bodies.read(ctx, StorageBodies.Update.class);
    StorageVolumeUpdate update =
        new StorageVolumeUpdate(
            body.description() == null ? "" : body.description(),
            body.config() == null ? Map.of() : body.config());
    StorageVolumes volumes = volumes(ctx);
    volumes.update(type, name, update, ETags.ifMatch(ctx));
    ETags.send(ctx, volumes.getTagged(type, name));
  }

  private void patch(Context ctx) {
    VolumeType type = type(ctx);
    String name = name(ctx);
    StorageBodies.Update body = bodies.read(ctx, StorageBodies.Update.class);
    StorageVolumes volumes = volumes(ctx);
    volumes.patch(
        type, name, new StorageVolumeUpdate(body.description(), body.config()), ETags.ifMatch(ctx));
    ETags.send(ctx, volumes.getTagged(type, name));
  }

  private void delete(Context ctx) {
    VolumeType type = type(ctx);
    String name = name(ctx);
    if (type != VolumeType.CUSTOM) {
      throw ApiException.badRequest(
          "volume type '"
              + type.wireName()
              + "' cannot be deleted here: only custom volumes; delete the instance or image"
              + " that owns it");
    }
    volumes(ctx).delete(name);
    ResourceReplies.deleted(ctx);
  }

  private void rename(Context ctx) {
    String name = name(ctx);
    String newName = Names.storageVolume(ResourceReplies.newName(ctx, bodies));
    StorageVolumes volumes = volumes(ctx);
    volumes.rename(name, newName);
    ETags.send(ctx, volumes.getTagged(VolumeType.CUSTOM, newName));
  }

  private void resize(Context ctx) {
    String name = name(ctx);
    StorageBodies.Resize body = bodies.read(ctx, StorageBodies.Resize.class);
    if (body.size() == null) {
      throw ApiException.badRequest("field 'size' is required, for example \"2GiB\"");
    }
    StorageVolumes volumes = volumes(ctx);
    volumes.resize(name, body.size());
    ETags.send(ctx, volumes.getTagged(VolumeType.CUSTOM, name));
  }

  /**
   * Adds a disk device for the volume to the instance. The volume is looked up first, so a missing
   * volume is a 404 rather than LXD's device validation error.
   */
  private void attach(Context ctx) {
    String name = name(ctx);
    String instance = Names.instance(ResourceReplies.required(ctx, StorageVolumeDocs.INSTANCE));
    String device = Params.value(ctx, StorageVolumeDocs.DEVICE_NAME);
    String path = Params.value(ctx, StorageVolumeDocs.PATH);
    DiskAttachment attachment =
        new DiskAttachment(
            instance, device.isEmpty() ? name : device, path.isEmpty() ? "/mnt/" + name : path);
    StorageVolumes volumes = volumes(ctx);
    volumes.get(VolumeType.CUSTOM, name);
    volumes.attach(name, attachment);
    ctx.json(attachmentReply(volumes.pool(), name, attachment));
  }

  /** Removes every disk device of the instance that mounts the volume; 404 when there is none. */
  private void detach(Context ctx) {
    String name = name(ctx);
    String instance = Names.instance(ResourceReplies.required(ctx, StorageVolumeDocs.INSTANCE));
    if (!volumes(ctx).detach(name, instance)) {
      throw new ApiException(
          404,
          "not-attached",
          "volume '" + name + "' is not attached to instance '" + instance + "'");
    }
    ResourceReplies.deleted(ctx);
  }

  static Map<String, Object> attachmentReply(String pool, String volume, DiskAttachment attached) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("instance", attached.instance());
    body.put("device_name", attached.deviceName());
    body.put("pool", pool);
    body.put("volume", volume);
    body.put("path", attached.path());
    return body;
  }
}

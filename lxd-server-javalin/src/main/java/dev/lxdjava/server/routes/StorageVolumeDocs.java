package dev.lxdjava.server.routes;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lxdjava.core.storage.StorageVolume;
import dev.lxdjava.server.http.QueryParam;
import dev.lxdjava.server.http.QueryParams;
import dev.lxdjava.server.openapi.Body;
import dev.lxdjava.server.openapi.Reply;
import dev.lxdjava.server.openapi.RouteDoc;
import dev.lxdjava.server.openapi.Schemas;
import dev.lxdjava.server.openapi.Shape;

/** Documentation of the storage volume routes. */
final class StorageVolumeDocs {
  private StorageVolumeDocs() {}

  static final String TAG = "storage";
  static final String POOL = StoragePoolDocs.POOL;
  static final String VOLUME = "Custom volume name: no `/`, `..` or control characters";
  static final String TYPE_PATH =
      "Volume type: `custom`, `image`, `container` or `virtual-machine`";

  static final QueryParam TYPE =
      QueryParam.choice(
          "type", "Only volumes of this type.", "custom", "image", "container", "virtual-machine");

  static final QueryParam INSTANCE = QueryParam.name("instance", "Instance name (required).", "");

  static final QueryParam DEVICE_NAME =
      QueryParam.name(
          "device_name",
          "Name of the disk device in the instance; the volume's name if absent.",
          "");

  static final QueryParam PATH =
      QueryParam.text(
          "path", "Absolute mount path inside the instance; `/mnt/<volume>` if absent.");

  static final Shape ATTACHMENT =
      Shape.named(
          "VolumeAttachment",
          components -> {
            ObjectNode schema =
                Schemas.objectSchema(true)
                    .required("instance", Schemas.type("string", "instance name"))
                    .required("device_name", Schemas.type("string", "disk device name"))
                    .required("pool", Schemas.type("string", "storage pool"))
                    .required("volume", Schemas.type("string", "custom volume"))
                    .required("path", Schemas.type("string", "mount path in the instance"))
                    .build();
            return schema;
          });

  private static RouteDoc.Builder volume(String summary) {
    return RouteDoc.builder(TAG, summary)
        .pathParam("pool", POOL)
        .query(QueryParams.PROJECT, QueryParams.TARGET);
  }

  private static RouteDoc.Builder custom(String summary) {
    return volume(summary).pathParam("volume", VOLUME);
  }

  private static RouteDoc.Builder typed(String summary) {
    return custom(summary).pathParam("type", TYPE_PATH);
  }

  static final RouteDoc LIST =
      volume("List storage volumes")
          .description(
              "Volumes of the pool in the project, sorted by type and name; `type` keeps one type."
                  + " With `expand=false` the items are `type/name` strings.")
          .query(TYPE, QueryParams.EXPAND, QueryParams.LIMIT, QueryParams.OFFSET)
          .json(
              200,
              "A page of volumes, or of `type/name` with `expand=false`",
              Shape.pageOf(Shape.anyOf(Shape.of(StorageVolume.class), Shape.string())))
          .errors(404)
          .lxd()
          .build();

  static final RouteDoc CREATE =
      volume("Create a custom storage volume")
          .description(
              "Creates a custom volume; LXD does this synchronously. `size` (such as `1GiB`) is a"
                  + " shortcut for `config.size`; `content_type` is `filesystem` (default) or"
                  + " `block`.")
          .body(Body.json(Shape.of(StorageBodies.VolumeCreate.class)))
          .reply(Reply.tagged(201, "The new volume", Shape.of(StorageVolume.class)))
          .errors(404, 409)
          .lxd()
          .build();

  static final RouteDoc GET =
      typed("Get a storage volume")
          .reply(Reply.tagged(200, "LXD's volume object", Shape.of(StorageVolume.class)))
          .errors(404)
          .lxd()
          .build();

  static final RouteDoc UPDATE =
      typed("Replace a storage volume's description and configuration")
          .description("LXD's PUT: absent fields become empty.")
          .ifMatch()
          .body(Body.json(Shape.of(StorageBodies.Update.class)))
          .reply(Reply.tagged(200, "The updated volume", Shape.of(StorageVolume.class)))
          .errors(404)
          .lxd()
          .build();

  static final RouteDoc PATCH =
      typed("Change a storage volume's description or configuration keys")
          .description("LXD's PATCH: only the fields given change; `config` keys are merged.")
          .ifMatch()
          .body(Body.json(Shape.of(StorageBodies.Update.class)))
          .reply(Reply.tagged(200, "The updated volume", Shape.of(StorageVolume.class)))
          .errors(404)
          .lxd()
          .build();

  static final RouteDoc DELETE =
      typed("Delete a custom storage volume")
          .description(
              "Only `custom` volumes; other types belong to an instance or image. LXD refuses a"
                  + " volume that an instance still uses.")
          .reply(Reply.empty(204, "The volume is deleted"))
          .errors(404, 409)
          .lxd()
          .build();

  static final RouteDoc RENAME =
      custom("Rename a custom storage volume")
          .body(Body.json(Shape.of(ResourceReplies.Rename.class)))
          .reply(Reply.tagged(200, "The volume under its new name", Shape.of(StorageVolume.class)))
          .errors(404, 409)
          .lxd()
          .build();

  static final RouteDoc RESIZE =
      custom("Resize a custom storage volume")
          .description(
              "Sets `size`, a whole number with an optional unit such as `MiB` or `GiB`. The `dir`"
                  + " driver enforces it only where the file system has project quotas.")
          .body(Body.json(Shape.of(StorageBodies.Resize.class)))
          .reply(Reply.tagged(200, "The resized volume", Shape.of(StorageVolume.class)))
          .errors(404)
          .lxd()
          .build();

  static final RouteDoc ATTACH =
      custom("Attach a custom volume to an instance")
          .description(
              "Adds a disk device to the instance that mounts the volume at `path`. The device is"
                  + " named `device_name`, by default the volume's name.")
          .query(INSTANCE, DEVICE_NAME, PATH)
          .json(200, "The disk device added", ATTACHMENT)
          .errors(404, 409)
          .lxd()
          .build();

  static final RouteDoc DETACH =
      custom("Detach a custom volume from an instance")
          .description(
              "Removes every disk device of the instance that mounts this volume from this pool,"
                  + " by replacing the instance's devices without them.")
          .query(INSTANCE)
          .reply(Reply.empty(204, "The volume is detached"))
          .errors(404)
          .lxd()
          .build();
}

package dev.lxdjava.server.routes;

import dev.lxdjava.core.instance.Instance;
import dev.lxdjava.server.http.QueryParams;
import dev.lxdjava.server.openapi.Body;
import dev.lxdjava.server.openapi.Reply;
import dev.lxdjava.server.openapi.RouteDoc;
import dev.lxdjava.server.openapi.Shape;

/** Documentation of the instance update and rename routes. */
final class InstanceEditDocs {
  private InstanceEditDocs() {}

  private static final String TAG = "instances";

  static final RouteDoc UPDATE =
      RouteDoc.builder(TAG, "Replace an instance's configuration")
          .description(
              "Replaces config, devices, profiles, `ephemeral` and `description` (LXD's PUT);"
                  + " what the body leaves out is removed. `volatile.*` keys belong to LXD: the"
                  + " gateway keeps the daemon's current ones. Send the `ETag` of a GET in"
                  + " `If-Match` so a change made in between is refused with 412.")
          .pathParam("name", InstanceDocs.NAME)
          .query(QueryParams.PROJECT, QueryParams.TARGET)
          .ifMatch()
          .body(Body.json(Shape.of(InstanceBodies.Update.class)))
          .operation()
          .errors(404)
          .build();

  static final RouteDoc PATCH =
      RouteDoc.builder(TAG, "Change parts of an instance's configuration")
          .description(
              "Merges the given keys into the instance (LXD's PATCH); an empty config value"
                  + " removes the key. LXD applies it at once, so the reply is 200 with the"
                  + " instance as it is now and its new `ETag`.")
          .pathParam("name", InstanceDocs.NAME)
          .query(QueryParams.PROJECT, QueryParams.TARGET)
          .ifMatch()
          .body(Body.json(Shape.of(InstanceBodies.Patch.class)))
          .reply(Reply.tagged(200, "The instance after the change", Shape.of(Instance.class)))
          .errors(404)
          .lxd()
          .build();

  static final RouteDoc RENAME =
      RouteDoc.builder(TAG, "Rename an instance")
          .description("Renames a stopped instance; LXD refuses a running one.")
          .pathParam("name", InstanceDocs.NAME)
          .query(QueryParams.PROJECT, QueryParams.TARGET)
          .body(Body.json(Shape.of(InstanceBodies.Rename.class)))
          .operation()
          .errors(404, 409)
          .build();
}

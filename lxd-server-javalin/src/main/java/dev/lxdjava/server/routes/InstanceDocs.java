package dev.lxdjava.server.routes;

import dev.lxdjava.core.instance.Instance;
import dev.lxdjava.core.instance.InstanceState;
import dev.lxdjava.server.http.QueryParams;
import dev.lxdjava.server.openapi.Body;
import dev.lxdjava.server.openapi.Reply;
import dev.lxdjava.server.openapi.RouteDoc;
import dev.lxdjava.server.openapi.Shape;

/** Documentation of the instance routes. */
final class InstanceDocs {
  private InstanceDocs() {}

  private static final String TAG = "instances";
  static final String NAME =
      "Instance name: 1 to 63 ASCII letters, digits and hyphens, not starting with a digit or"
          + " hyphen, not ending with a hyphen";

  static final RouteDoc LIST =
      RouteDoc.builder(TAG, "List instances")
          .description(
              "Instances of the project in one LXD request, as LXD's objects, or their names with"
                  + " `expand=false`. `filter` and `instance-type` are applied by LXD.")
          .query(
              QueryParams.PROJECT,
              QueryParams.TARGET,
              QueryParams.EXPAND,
              QueryParams.FILTER,
              QueryParams.INSTANCE_TYPE,
              QueryParams.LIMIT,
              QueryParams.OFFSET)
          .json(
              200,
              "A page of instances, or of names with `expand=false`",
              Shape.pageOf(Shape.anyOf(Shape.of(Instance.class), Shape.string())))
          .lxd()
          .build();

  static final RouteDoc CREATE =
      RouteDoc.builder(TAG, "Create an instance")
          .description(
              "Creates an instance from an image, a copy or nothing. `instance_type`, the earlier"
                  + " gateway's name for `type`, is accepted too. Unknown fields are rejected.")
          .query(QueryParams.PROJECT, QueryParams.TARGET)
          .body(Body.json(Shape.of(InstanceBodies.Create.class)))
          .operation()
          .errors(404, 409)
          .build();

  static final RouteDoc GET =
      RouteDoc.builder(TAG, "Get an instance")
          .pathParam("name", NAME)
          .query(QueryParams.PROJECT, QueryParams.TARGET)
          .reply(Reply.tagged(200, "LXD's instance object", Shape.of(Instance.class)))
          .errors(404)
          .lxd()
          .build();

  static final RouteDoc DELETE =
      RouteDoc.builder(TAG, "Delete an instance")
          .description("Deletes a stopped instance; LXD refuses a running one with a 400.")
          .pathParam("name", NAME)
          .query(QueryParams.PROJECT, QueryParams.TARGET)
          .operation()
          .errors(404)
          .build();

  static final RouteDoc STATE =
      RouteDoc.builder(TAG, "Get an instance's state")
          .pathParam("name", NAME)
          .query(QueryParams.PROJECT, QueryParams.TARGET)
          .json(200, "LXD's instance state", Shape.of(InstanceState.class))
          .errors(404)
          .lxd()
          .build();

  static final RouteDoc CHANGE_STATE =
      RouteDoc.builder(TAG, "Change an instance's state")
          .description(
              "Starts, stops, restarts, freezes or unfreezes the instance. `timeout` is in"
                  + " seconds; without it a stop waits for a clean shutdown, and `0` kills at once.")
          .pathParam("name", NAME)
          .query(QueryParams.PROJECT, QueryParams.TARGET)
          .body(Body.json(Shape.of(InstanceBodies.State.class)))
          .operation()
          .errors(404)
          .build();
}

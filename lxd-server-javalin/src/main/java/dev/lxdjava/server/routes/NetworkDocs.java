package dev.lxdjava.server.routes;

import dev.lxdjava.core.network.Network;
import dev.lxdjava.core.network.NetworkLease;
import dev.lxdjava.core.network.NetworkState;
import dev.lxdjava.server.http.QueryParam;
import dev.lxdjava.server.http.QueryParams;
import dev.lxdjava.server.openapi.Body;
import dev.lxdjava.server.openapi.Reply;
import dev.lxdjava.server.openapi.RouteDoc;
import dev.lxdjava.server.openapi.Schemas;
import dev.lxdjava.server.openapi.Shape;

/** Documentation of the network routes. */
final class NetworkDocs {
  private NetworkDocs() {}

  static final String TAG = "networks";
  static final String NETWORK =
      "Network name: 1 to 15 characters, no `/`, `:`, `..`, spaces or control characters";

  static final QueryParam INSTANCE = StorageVolumeDocs.INSTANCE;

  static final QueryParam DEVICE_NAME =
      QueryParam.name(
          "device_name",
          "Name of the NIC device in the instance; the network's name if absent.",
          "");

  static final QueryParam NIC_NAME =
      QueryParam.name("nic_name", "Interface name inside the instance; `eth1` if absent.", "");

  static final Shape ATTACHMENT =
      Shape.named(
          "NicAttachment",
          components ->
              Schemas.objectSchema(true)
                  .required("instance", Schemas.type("string", "instance name"))
                  .required("device_name", Schemas.type("string", "NIC device name"))
                  .required("network", Schemas.type("string", "network name"))
                  .required("nic_name", Schemas.type("string", "interface name in the instance"))
                  .build());

  private static RouteDoc.Builder route(String summary) {
    return RouteDoc.builder(TAG, summary).query(QueryParams.PROJECT, QueryParams.TARGET);
  }

  private static RouteDoc.Builder network(String summary) {
    return route(summary).pathParam("network", NETWORK);
  }

  static final RouteDoc LIST =
      route("List networks")
          .description(
              "Networks of the project, managed and host interfaces, sorted by name; names only"
                  + " with `expand=false`.")
          .query(QueryParams.EXPAND, QueryParams.LIMIT, QueryParams.OFFSET)
          .json(
              200,
              "A page of networks, or of names with `expand=false`",
              Shape.pageOf(Shape.anyOf(Shape.of(Network.class), Shape.string())))
          .lxd()
          .build();

  static final RouteDoc CREATE =
      route("Create a network")
          .description(
              "Creates a managed network; LXD does this synchronously. `type` is `bridge` when"
                  + " absent. Set `ipv4.address` and `ipv6.address` to `none` for a bridge without"
                  + " addresses.")
          .body(Body.json(Shape.of(NetworkBodies.Create.class)))
          .reply(Reply.tagged(201, "The new network", Shape.of(Network.class)))
          .errors(409)
          .lxd()
          .build();

  static final RouteDoc GET =
      network("Get a network")
          .reply(Reply.tagged(200, "LXD's network object", Shape.of(Network.class)))
          .errors(404)
          .lxd()
          .build();

  static final RouteDoc UPDATE =
      network("Replace a network's description and configuration")
          .description("LXD's PUT: absent fields become empty.")
          .ifMatch()
          .body(Body.json(Shape.of(NetworkBodies.Update.class)))
          .reply(Reply.tagged(200, "The updated network", Shape.of(Network.class)))
          .errors(404)
          .lxd()
          .build();

  static final RouteDoc PATCH =
      network("Change a network's description or configuration keys")
          .description("LXD's PATCH: only the fields given change; `config` keys are merged.")
          .ifMatch()
          .body(Body.json(Shape.of(NetworkBodies.Update.class)))
          .reply(Reply.tagged(200, "The updated network", Shape.of(Network.class)))
          .errors(404)
          .lxd()
          .build();

  static final RouteDoc DELETE =
      network("Delete a network")
          .description("LXD refuses to delete a network that instances or profiles still use.")
          .reply(Reply.empty(204, "The network is deleted"))
          .errors(400, 404, 409)
          .lxd()
          .build();

  static final RouteDoc RENAME =
      network("Rename a network")
          .description("LXD renames only networks that nothing uses.")
          .body(Body.json(Shape.of(ResourceReplies.Rename.class)))
          .reply(Reply.tagged(200, "The network under its new name", Shape.of(Network.class)))
          .errors(404, 409)
          .lxd()
          .build();

  static final RouteDoc STATE =
      network("Get a network's state")
          .json(200, "Addresses, counters and link state", Shape.of(NetworkState.class))
          .errors(404)
          .lxd()
          .build();

  static final RouteDoc LEASES =
      network("List a network's DHCP leases")
          .description("Sorted by host name and address.")
          .query(QueryParams.LIMIT, QueryParams.OFFSET)
          .json(200, "A page of leases", Shape.pageOf(Shape.of(NetworkLease.class)))
          .errors(404)
          .lxd()
          .build();

  static final RouteDoc ATTACH =
      network("Attach an instance to a network")
          .description(
              "Adds a NIC device on the network to the instance, named `device_name` (default: the"
                  + " network's name), with the interface `nic_name` inside (default `eth1`).")
          .query(INSTANCE, DEVICE_NAME, NIC_NAME)
          .json(200, "The NIC device added", ATTACHMENT)
          .errors(404, 409)
          .lxd()
          .build();

  static final RouteDoc DETACH =
      network("Detach an instance from a network")
          .description("Removes every NIC device of the instance on this network.")
          .query(INSTANCE)
          .reply(Reply.empty(204, "The instance has no NIC on the network any more"))
          .errors(404)
          .lxd()
          .build();
}

package dev.lxdjava.server.routes;

import dev.lxdjava.core.Lxd;
import dev.lxdjava.core.Names;
import dev.lxdjava.core.network.Network;
import dev.lxdjava.core.network.NetworkCreate;
import dev.lxdjava.core.network.NetworkUpdate;
import dev.lxdjava.core.network.Networks;
import dev.lxdjava.core.network.NicAttachment;
import dev.lxdjava.server.http.Access;
import dev.lxdjava.server.http.ApiException;
import dev.lxdjava.server.http.Bodies;
import dev.lxdjava.server.http.ETags;
import dev.lxdjava.server.http.Params;
import dev.lxdjava.server.http.Router;
import io.javalin.http.Context;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Network routes under {@code /api/v1/networks}, in the request's project. Reads need the viewer
 * role, NIC attach and detach the operator role there; creating, changing, renaming and deleting
 * networks need the global admin role, because networks are shared by every project without {@code
 * features.networks}.
 */
public final class NetworkRoutes {
  private final Lxd lxd;
  private final Bodies bodies;

  public NetworkRoutes(Lxd lxd, Bodies bodies) {
    this.lxd = lxd;
    this.bodies = bodies;
  }

  /** Registers the routes. */
  public void register(Router router) {
    String networks = "/api/v1/networks";
    String network = networks + "/{network}";
    router.get(networks, Access.VIEWER, NetworkDocs.LIST, this::list);
    router.post(networks, Access.ADMIN, NetworkDocs.CREATE, this::create);
    router.get(network, Access.VIEWER, NetworkDocs.GET, this::get);
    router.put(network, Access.ADMIN, NetworkDocs.UPDATE, this::update);
    router.patch(network, Access.ADMIN, NetworkDocs.PATCH, this::patch);
    router.delete(network, Access.ADMIN, NetworkDocs.DELETE, this::delete);
    router.post(network + "/rename", Access.ADMIN, NetworkDocs.RENAME, this::rename);
    router.get(network + "/state", Access.VIEWER, NetworkDocs.STATE, this::state);
    router.get(network + "/leases", Access.VIEWER, NetworkDocs.LEASES, this::leases);
    router.post(network + "/attach", Access.OPERATOR, NetworkDocs.ATTACH, this::attach);
    router.post(network + "/detach", Access.OPERATOR, NetworkDocs.DETACH, this::detach);
  }

  private Networks networks(Context ctx) {
    return Params.scoped(lxd, ctx).networks();
  }

  private static String name(Context ctx) {
    return Names.network(ctx.pathParam("network"));
  }

  private void list(Context ctx) {
    ResourceReplies.page(ctx, networks(ctx).list(), Network::name);
  }

  private void get(Context ctx) {
    String name = name(ctx);
    ETags.send(ctx, networks(ctx).getTagged(name));
  }

  private void create(Context ctx) {
    NetworkBodies.Create body = bodies.read(ctx, NetworkBodies.Create.class);
    if (body.name() == null) {
      throw ApiException.badRequest("field 'name' is required");
    }
    NetworkCreate request =
        new NetworkCreate(
            body.name(),
            body.type() == null ? "bridge" : body.type(),
            body.description(),
            body.config());
    Networks networks = networks(ctx);
    networks.create(request);
    ResourceReplies.created(ctx, networks.getTagged(request.name()));
  }

  private void update(Context ctx) {
    String name = name(ctx);
    NetworkBodies.Update body = bodies.read(ctx, NetworkBodies.Update.class);
    NetworkUpdate update =
        new NetworkUpdate(
            body.description() == null ? "" : body.description(),
            body.config() == null ? Map.of() : body.config());
    Networks networks = networks(ctx);
    networks.update(name, update, ETags.ifMatch(ctx));
    ETags.send(ctx, networks.getTagged(name));
  }

  private void patch(Context ctx) {
    String name = name(ctx);
    NetworkBodies.Update body = bodies.read(ctx, NetworkBodies.Update.class);
    Networks networks = networks(ctx);
    networks.patch(name, new NetworkUpdate(body.description(), body.config()), ETags.ifMatch(ctx));
    ETags.send(ctx, networks.getTagged(name));
  }

  private void delete(Context ctx) {
    String name = name(ctx);
    networks(ctx).delete(name);
    ResourceReplies.deleted(ctx);
  }

  private void rename(Context ctx) {
    String name = name(ctx);
    String newName = Names.network(ResourceReplies.newName(ctx, bodies));
    Networks networks = networks(ctx);
    networks.rename(name, newName);
    ETags.send(ctx, networks.getTagged(newName));
  }

  private void state(Context ctx) {
    String name = name(ctx);
    ctx.json(networks(ctx).state(name));
  }

  private void leases(Context ctx) {
    String name = name(ctx);
    Page page = Page.of(ctx);
    ctx.json(
        page.of(
            networks(ctx).leases(name).stream()
                .sorted(
                    Comparator.comparing(
                            (dev.lxdjava.core.network.NetworkLease lease) ->
                                String.valueOf(lease.hostname()))
                        .thenComparing(lease -> String.valueOf(lease.address())))
                .toList()));
  }

  /**
   * Adds a NIC on the network to the instance. The network is looked up first, because LXD rejects
   * a NIC on a missing network with a device validation error; this way it is a 404.
   */
  private void attach(Context ctx) {
    String name = name(ctx);
    String instance = Names.instance(ResourceReplies.required(ctx, NetworkDocs.INSTANCE));
    String device = Params.value(ctx, NetworkDocs.DEVICE_NAME);
    String nic = Params.value(ctx, NetworkDocs.NIC_NAME);
    NicAttachment attachment =
        new NicAttachment(
            instance,
            device.isEmpty() ? name : device,
            nic.isEmpty() ? NicAttachment.DEFAULT_INTERFACE : nic);
    Networks networks = networks(ctx);
    networks.get(name);
    networks.attach(name, attachment);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("instance", attachment.instance());
    body.put("device_name", attachment.deviceName());
    body.put("network", name);
    body.put("nic_name", attachment.interfaceName());
    ctx.json(body);
  }

  /** Removes every NIC of the instance on the network; 404 when there is none. */
  private void detach(Context ctx) {
    String name = name(ctx);
    String instance = Names.instance(ResourceReplies.required(ctx, NetworkDocs.INSTANCE));
    if (!networks(ctx).detach(name, instance)) {
      throw new ApiException(
          404, "not-attached", "instance '" + instance + "' has no NIC on network '" + name + "'");
    }
    ResourceReplies.deleted(ctx);
  }
}

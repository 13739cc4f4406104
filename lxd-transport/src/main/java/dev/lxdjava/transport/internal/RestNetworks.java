package dev.lxdjava.transport.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lxdjava.core.LxdNotFoundException;
import dev.lxdjava.core.Names;
import dev.lxdjava.core.Scope;
import dev.lxdjava.core.Tagged;
import dev.lxdjava.core.network.Network;
import dev.lxdjava.core.network.NetworkCreate;
import dev.lxdjava.core.network.NetworkLease;
import dev.lxdjava.core.network.NetworkState;
import dev.lxdjava.core.network.NetworkUpdate;
import dev.lxdjava.core.network.Networks;
import dev.lxdjava.core.network.NicAttachment;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link Networks} over {@code /1.0/networks}. */
final class RestNetworks implements Networks {
  private final RestClient rest;
  private final Scope scope;

  RestNetworks(RestClient rest, Scope scope) {
    this.rest = rest;
    this.scope = scope;
  }

  private LxdPath path(String name) {
    return LxdPath.of("networks", Names.network(name)).scope(scope, true);
  }

  @Override
  public List<String> names() {
    return Replies.namesFromUrls(rest.get(LxdPath.of("networks").scope(scope, false)).metadata());
  }

  @Override
  public List<Network> list() {
    LxdPath path = LxdPath.of("networks").query("recursion", "1").scope(scope, false);
    return NetworkReplies.networks(rest.get(path).metadata());
  }

  @Override
  public Network get(String name) {
    return NetworkReplies.network(rest.get(path(name)).metadata());
  }

  @Override
  public Tagged<Network> getTagged(String name) {
    LxdResponse response = rest.get(path(name));
    return new Tagged<>(NetworkReplies.network(response.metadata()), response.etag());
  }

  @Override
  public Optional<Network> find(String name) {
    try {
      return Optional.of(get(name));
    } catch (LxdNotFoundException e) {
      return Optional.empty();
    }
  }

  @Override
  public void create(NetworkCreate request) {
    ObjectNode body = JsonFields.newObject();
    body.put("name", request.name());
    body.put("type", request.type());
    body.put("description", request.description());
    body.set("config", rest.json().valueToTree(request.config()));
    LxdPath path = LxdPath.of("networks").scope(scope, true);
    Writes.complete(rest, scope, rest.send("POST", path, body));
  }

  @Override
  public void update(String name, NetworkUpdate update, String etag) {
    ObjectNode body = JsonFields.newObject();
    Writes.putReplacing(rest, body, update.description(), update.config());
    Writes.complete(rest, scope, rest.send("PUT", path(name), body, etag));
  }

  @Override
  public void patch(String name, NetworkUpdate patch, String etag) {
    ObjectNode body = JsonFields.newObject();
    Writes.putMerging(rest, body, patch.description(), patch.config());
    Writes.complete(rest, scope, rest.send("PATCH", path(name), body, etag));
  }

  @Override
  public void rename(String name, String newName) {
    ObjectNode body = Writes.rename(Names.network(newName));
    Writes.complete(rest, scope, rest.send("POST", path(name), body));
  }

  @Override
  public void delete(String name) {
    Writes.complete(rest, scope, rest.send("DELETE", path(name), null));
  }

  @Override
  public NetworkState state(String name) {
    return NetworkReplies.state(rest.get(path(name).segment("state")).metadata(), name);
  }

  @Override
  public List<NetworkLease> leases(String name) {
    return NetworkReplies.leases(rest.get(path(name).segment("leases")).metadata(), name);
  }

  @Override
  public void attach(String network, NicAttachment attachment) {
    Map<String, String> device = new LinkedHashMap<>();
    device.put("type", "nic");
    device.put("network", Names.network(network));
    device.put("name", attachment.interfaceName());
    new InstanceDevices(rest, scope).add(attachment.instance(), attachment.deviceName(), device);
  }

  @Override
  public boolean detach(String network, String instance) {
    Names.network(network);
    return new InstanceDevices(rest, scope)
        .remove(
            instance,
            device -> "nic".equals(device.get("type")) && network.equals(device.get("network")));
  }
}

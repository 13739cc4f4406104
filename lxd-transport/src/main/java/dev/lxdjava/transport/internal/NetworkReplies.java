package dev.lxdjava.transport.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lxdjava.core.network.Network;
import dev.lxdjava.core.network.NetworkLease;
import dev.lxdjava.core.network.NetworkState;
import java.util.List;

/** Maps the {@code metadata} of network replies to the SDK's records. */
final class NetworkReplies {
  private NetworkReplies() {}

  static Network network(JsonNode node) {
    JsonFields network = JsonFields.of(node, "network");
    return new Network(
        network.text("name"),
        network.text("type"),
        network.text("description"),
        network.textMap("config"),
        network.textList("used_by"),
        network.bool("managed"),
        network.text("status"),
        network.textList("locations"));
  }

  static List<Network> networks(JsonNode node) {
    return StorageReplies.each(node, "network list", NetworkReplies::network);
  }

  static NetworkState state(JsonNode node, String name) {
    JsonFields state = JsonFields.of(node, "state of network " + name);
    List<NetworkState.Address> addresses =
        StorageReplies.each(
            state.raw().get("addresses"),
            "addresses of network " + name,
            item -> {
              JsonFields address = JsonFields.of(item, "address of network " + name);
              return new NetworkState.Address(
                  address.text("family"),
                  address.text("address"),
                  address.text("netmask"),
                  address.text("scope"));
            });
    JsonFields counters = state.object("counters");
    return new NetworkState(
        addresses,
        new NetworkState.Counters(
            counters.number("bytes_received"),
            counters.number("bytes_sent"),
            counters.number("packets_received"),
            counters.number("packets_sent")),
        state.text("hwaddr"),
        state.integer("mtu"),
        state.text("state"),
        state.text("type"),
        state.has("bridge") ? bridge(state.object("bridge")) : null);
  }

  private static NetworkState.Bridge bridge(JsonFields bridge) {
    return new NetworkState.Bridge(
        bridge.text("id"),
        bridge.bool("stp"),
        bridge.number("forward_delay"),
        bridge.number("vlan_default"),
        bridge.bool("vlan_filtering"),
        bridge.textList("upper_devices"));
  }

  static List<NetworkLease> leases(JsonNode node, String name) {
    return StorageReplies.each(
        node,
        "leases of network " + name,
        item -> {
          JsonFields lease = JsonFields.of(item, "lease on network " + name);
          return new NetworkLease(
              lease.text("hostname"),
              lease.text("hwaddr"),
              lease.text("address"),
              lease.text("type"),
              lease.text("location"));
        });
  }
}

package dev.lxdjava.testkit.fake.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * {@code /1.0/networks}: synchronous writes. A bridge created without addresses gets generated
 * ones, as LXD's {@code auto} does; the fake creates no interface and routes nothing.
 */
final class NetworkRoutes {
  private static final Set<String> TYPES = Set.of("bridge", "macvlan", "sriov", "ovn", "physical");
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Daemon daemon;
  private final Lookups lookups;

  NetworkRoutes(Daemon daemon, Lookups lookups) {
    this.daemon = daemon;
    this.lookups = lookups;
  }

  void register(Router router) {
    router.get("networks", (request, params) -> list(request));
    router.post("networks", (request, params) -> create(request));
    router.get("networks/{name}", (request, params) -> get(request, params.get("name")));
    router.put("networks/{name}", (request, params) -> update(request, params.get("name")));
    router.patch("networks/{name}", (request, params) -> update(request, params.get("name")));
    router.post("networks/{name}", (request, params) -> rename(request, params.get("name")));
    router.delete("networks/{name}", (request, params) -> delete(request, params.get("name")));
    router.get("networks/{name}/state", (request, params) -> state(request, params.get("name")));
    router.get(
        "networks/{name}/leases",
        (request, params) -> {
          synchronized (daemon) {
            network(store(request), params.get("name"));
          }
          return ApiReply.ok(Json.array());
        });
  }

  private Project store(ApiRequest request) {
    return daemon.networks(
        lookups.project(
            request, "Failed loading project \"" + request.project() + "\": Project not found"));
  }

  private static Network network(Project store, String name) {
    Network network = store.networks.get(name);
    if (network == null) {
      throw LxdError.notFound("Network not found");
    }
    return network;
  }

  private static String url(Project store, String name) {
    return Lookups.url(store.name, "/1.0/networks/" + name);
  }

  private ObjectNode view(Project store, Network network) {
    ObjectNode node = Json.object();
    node.set("config", Json.stringMap(network.config));
    node.put("description", network.description);
    node.put("name", network.name);
    node.put("type", network.type);
    List<String> used = usedBy(network.name);
    if (used.isEmpty() && network.managed) {
      node.putNull("used_by");
    } else {
      node.set("used_by", Json.strings(used));
    }
    node.put("managed", network.managed);
    node.put("status", network.managed ? "Created" : "");
    if (network.managed) {
      node.set("locations", Json.strings(List.of("none")));
    } else {
      node.putNull("locations");
    }
    return node;
  }

  /** Instances and profiles with a NIC whose parent or network is this network. */
  private List<String> usedBy(String name) {
    List<String> used = new ArrayList<>();
    for (Project project : daemon.projects.values()) {
      for (Instance instance : project.instances.values()) {
        if (refers(instance.devices, name)) {
          used.add(instance.url());
        }
      }
      for (Profile profile : project.profiles.values()) {
        if (refers(profile.devices, name)) {
          used.add(Lookups.url(project.name, "/1.0/profiles/" + profile.name));
        }
      }
    }
    return used;
  }

  private static boolean refers(Map<String, Map<String, String>> devices, String network) {
    return devices.values().stream()
        .anyMatch(
            d ->
                "nic".equals(d.get("type"))
                    && (network.equals(d.get("parent")) || network.equals(d.get("network"))));
  }

  private ApiReply list(ApiRequest request) {
    synchronized (daemon) {
      Project store = store(request);
      ArrayNode result = Json.array();
      for (Network network : store.networks.values()) {
        if (request.recursion() == 0) {
          result.add(url(store, network.name));
        } else {
          result.add(view(store, network));
        }
      }
      return ApiReply.ok(result);
    }
  }

  private ApiReply get(ApiRequest request, String name) {
    synchronized (daemon) {
      Project store = store(request);
      Network network = network(store, name);
      return ApiReply.tagged(view(store, network), network.etag());
    }
  }

  private ApiReply create(ApiRequest request) {
    JsonNode body = request.json();
    String name = Json.text(body, "name");
    LxdNames.network(name);
    String type = Json.text(body, "type");
    type = type.isEmpty() ? "bridge" : type;
    if (!TYPES.contains(type)) {
      throw LxdError.badRequest("Unknown driver");
    }
    Map<String, String> config = new TreeMap<>(Json.textMap(body, "config"));
    synchronized (daemon) {
      Project store = store(request);
      if (store.networks.containsKey(name)) {
        throw LxdError.badRequest("The network already exists");
      }
      ConfigKeys.checkNetwork(name, config);
      if (type.equals("bridge")) {
        fillAddresses(config);
      }
      store.networks.put(
          name,
          new Network(
              name,
              Json.text(body, "description"),
              type,
              true,
              config,
              InstanceDefaults.randomMac()));
      daemon.events.lifecycle(
          store.name, "network-created", url(store, name), null, request.caller());
      return ApiReply.created(url(store, name));
    }
  }

  private static void fillAddresses(Map<String, String> config) {
    if (!config.containsKey("ipv4.address") || config.get("ipv4.address").equals("auto")) {
      config.put(
          "ipv4.address",
          "10." + (1 + RANDOM.nextInt(254)) + "." + (1 + RANDOM.nextInt(254)) + ".1/24");
      config.putIfAbsent("ipv4.nat", "true");
    }
    if (!config.containsKey("ipv6.address") || config.get("ipv6.address").equals("auto")) {
      config.put(
          "ipv6.address",
          String.format(
              "fd42:%04x:%04x:%04x::1/64",
              RANDOM.nextInt(0x10000), RANDOM.nextInt(0x10000), RANDOM.nextInt(0x10000)));
      config.putIfAbsent("ipv6.nat", "true");
    }
  }

  private ApiReply update(ApiRequest request, String name) {
    JsonNode body = request.json();
    synchronized (daemon) {
      Project store = store(request);
      Network network = network(store, name);
      if (!network.managed) {
        throw LxdError.badRequest("Only managed networks can be modified");
      }
      Etags.check(request, network.etag());
      boolean merge = request.method().equals("PATCH");
      Map<String, String> config = new TreeMap<>(merge ? network.config : Map.of());
      config.putAll(Json.textMap(body, "config"));
      ConfigKeys.checkNetwork(name, config);
      network.config = config;
      if (!merge || body.has("description")) {
        network.description = Json.text(body, "description");
      }
      daemon.events.lifecycle(
          store.name, "network-updated", url(store, name), null, request.caller());
    }
    return ApiReply.empty();
  }

  private ApiReply rename(ApiRequest request, String name) {
    String newName = Json.text(request.json(), "name");
    synchronized (daemon) {
      Project store = store(request);
      Network network = network(store, name);
      LxdNames.network(newName);
      if (store.networks.containsKey(newName)) {
        throw LxdError.conflict("Network \"" + newName + "\" already exists");
      }
      if (!usedBy(name).isEmpty()) {
        throw LxdError.badRequest("Network is in use");
      }
      store.networks.remove(name);
      network.name = newName;
      store.networks.put(newName, network);
      ObjectNode context = Json.object().put("old_name", name);
      daemon.events.lifecycle(
          store.name, "network-renamed", url(store, newName), context, request.caller());
      return ApiReply.created(url(store, newName));
    }
  }

  private ApiReply delete(ApiRequest request, String name) {
    synchronized (daemon) {
      Project store = store(request);
      Network network = store.networks.get(name);
      if (network == null || !network.managed) {
        throw LxdError.notFound("Failed loading network: Network not found");
      }
      if (!usedBy(name).isEmpty()) {
        throw LxdError.badRequest("The network is currently in use");
      }
      store.networks.remove(name);
      daemon.events.lifecycle(
          store.name, "network-deleted", url(store, name), null, request.caller());
    }
    return ApiReply.empty();
  }

  private ApiReply state(ApiRequest request, String name) {
    synchronized (daemon) {
      Network network = network(store(request), name);
      ObjectNode node = Json.object();
      node.putArray("addresses");
      ObjectNode counters = node.putObject("counters");
      for (String counter :
          List.of("bytes_received", "bytes_sent", "packets_received", "packets_sent")) {
        counters.put(counter, 0);
      }
      node.put("hwaddr", network.hwaddr);
      node.put("mtu", network.type.equals("loopback") ? 65536 : 1500);
      node.put("state", "up");
      node.put("type", network.type.equals("loopback") ? "loopback" : "broadcast");
      node.putNull("bond");
      if (network.type.equals("bridge")) {
        ObjectNode bridge = node.putObject("bridge");
        bridge.put("id", "8000." + network.hwaddr.replace(":", ""));
        bridge.put("stp", false);
        bridge.put("forward_delay", 1500);
        bridge.put("vlan_default", 0);
        bridge.put("vlan_filtering", false);
        bridge.putArray("upper_devices");
      } else {
        node.putNull("bridge");
      }
      node.putNull("vlan");
      node.putNull("ovn");
      return ApiReply.ok(node);
    }
  }
}

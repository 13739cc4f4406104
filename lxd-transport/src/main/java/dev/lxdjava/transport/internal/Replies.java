package dev.lxdjava.transport.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lxdjava.core.LxdProtocolException;
import dev.lxdjava.core.LxdValidationException;
import dev.lxdjava.core.backup.InstanceBackup;
import dev.lxdjava.core.instance.Instance;
import dev.lxdjava.core.instance.InstanceState;
import dev.lxdjava.core.instance.InstanceType;
import dev.lxdjava.core.operation.Operation;
import dev.lxdjava.core.server.ServerEnvironment;
import dev.lxdjava.core.server.ServerInfo;
import dev.lxdjava.core.snapshot.InstanceSnapshot;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Maps the {@code metadata} of LXD replies to the SDK's records. */
final class Replies {
  private Replies() {}

  static Operation operation(JsonNode node, String project) {
    JsonFields op = JsonFields.of(node, "operation");
    return new Operation(
        op.text("id"),
        op.text("class"),
        op.text("description"),
        op.instant("created_at"),
        op.instant("updated_at"),
        op.integer("status_code"),
        op.listMap("resources"),
        op.plainMap("metadata"),
        op.bool("may_cancel"),
        op.text("err"),
        op.text("location"),
        project);
  }

  static Instance instance(JsonNode node, String fallbackProject) {
    JsonFields in = JsonFields.of(node, "instance");
    String name = in.text("name");
    String project = in.text("project");
    InstanceState state = in.has("state") ? state(in.raw().get("state"), name) : null;
    // Recursion 2 sends both keys, with null for none; recursion 1 sends neither.
    List<InstanceSnapshot> snapshots =
        in.raw().has("snapshots")
            ? in.objectList("snapshots").stream().map(SnapshotReplies::snapshot).toList()
            : null;
    List<InstanceBackup> backups =
        in.raw().has("backups")
            ? in.objectList("backups").stream().map(BackupReplies::backup).toList()
            : null;
    return new Instance(
        name,
        instanceType(in.text("type"), name),
        in.text("status"),
        in.integer("status_code"),
        in.text("description"),
        in.text("architecture"),
        in.bool("ephemeral"),
        in.bool("stateful"),
        in.textList("profiles"),
        in.textMap("config"),
        in.deviceMap("devices"),
        in.textMap("expanded_config"),
        in.deviceMap("expanded_devices"),
        in.instant("created_at"),
        in.instant("last_used_at"),
        in.text("location"),
        project.isEmpty() ? fallbackProject : project,
        state,
        snapshots,
        backups);
  }

  private static InstanceType instanceType(String wireName, String instance) {
    if (wireName.isEmpty()) {
      return InstanceType.CONTAINER;
    }
    try {
      return InstanceType.fromWireName(wireName);
    } catch (LxdValidationException e) {
      throw new LxdProtocolException("instance " + instance + ": unknown type '" + wireName + "'");
    }
  }

  static List<Instance> instances(JsonNode node, String project) {
    if (!node.isArray()) {
      throw new LxdProtocolException("instance list: expected an array, got " + node.getNodeType());
    }
    List<Instance> result = new ArrayList<>();
    node.forEach(item -> result.add(instance(item, project)));
    return result;
  }

  static InstanceState state(JsonNode node, String instance) {
    JsonFields st = JsonFields.of(node, "state of instance " + instance);
    Map<String, InstanceState.Disk> disk = new LinkedHashMap<>();
    JsonFields diskNode = st.object("disk");
    diskNode
        .raw()
        .fieldNames()
        .forEachRemaining(
            device ->
                disk.put(device, new InstanceState.Disk(diskNode.object(device).number("usage"))));
    Map<String, InstanceState.NetworkInterface> network = new LinkedHashMap<>();
    JsonFields networkNode = st.object("network");
    networkNode
        .raw()
        .fieldNames()
        .forEachRemaining(nic -> network.put(nic, networkInterface(networkNode.object(nic))));
    JsonFields memory = st.object("memory");
    return new InstanceState(
        st.text("status"),
        st.integer("status_code"),
        st.number("pid"),
        st.number("processes"),
        new InstanceState.Cpu(st.object("cpu").number("usage")),
        new InstanceState.Memory(
            memory.number("usage"),
            memory.number("usage_peak"),
            memory.number("swap_usage"),
            memory.number("swap_usage_peak")),
        disk,
        network);
  }

  private static InstanceState.NetworkInterface networkInterface(JsonFields nic) {
    List<InstanceState.Address> addresses = new ArrayList<>();
    JsonNode list = nic.raw().get("addresses");
    if (list != null && list.isArray()) {
      for (JsonNode item : list) {
        JsonFields address = JsonFields.of(item, "address");
        addresses.add(
            new InstanceState.Address(
                address.text("family"),
                address.text("address"),
                address.text("netmask"),
                address.text("scope")));
      }
    }
    JsonFields counters = nic.object("counters");
    return new InstanceState.NetworkInterface(
        addresses,
        new InstanceState.Counters(
            counters.number("bytes_received"),
            counters.number("bytes_sent"),
            counters.number("packets_received"),
            counters.number("packets_sent")),
        nic.text("hwaddr"),
        nic.text("host_name"),
        nic.integer("mtu"),
        nic.text("state"),
        nic.text("type"));
  }

  static ServerInfo serverInfo(JsonNode node) {
    JsonFields info = JsonFields.of(node, "server");
    ServerEnvironment environment = ServerEnvironment.empty();
    if (info.has("environment")) {
      JsonFields env = info.object("environment");
      environment =
          new ServerEnvironment(
              env.text("server"),
              env.text("server_name"),
              env.text("server_version"),
              env.bool("server_clustered"),
              env.text("kernel"),
              env.text("kernel_version"),
              env.textList("architectures"),
              env.text("storage"),
              env.text("driver"),
              env.text("certificate"),
              env.text("certificate_fingerprint"));
    }
    return new ServerInfo(
        info.text("api_version"),
        info.textList("api_extensions"),
        info.text("api_status"),
        info.text("auth"),
        info.textList("auth_methods"),
        info.bool("public"),
        info.textMap("config"),
        environment);
  }

  /** The names in a recursion-0 list of URLs such as {@code /1.0/instances/c1?project=p}. */
  static List<String> namesFromUrls(JsonNode node) {
    if (!node.isArray()) {
      throw new LxdProtocolException("name list: expected an array, got " + node.getNodeType());
    }
    List<String> names = new ArrayList<>();
    for (JsonNode url : node) {
      names.add(LxdPath.parse(url.asText()).lastSegment());
    }
    return names;
  }
}

package dev.lxdjava.testkit.fake.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.TreeMap;

/** Renders instances, their state and snapshots in LXD's JSON shapes. */
final class InstanceViews {
  private final Daemon daemon;

  InstanceViews(Daemon daemon) {
    this.daemon = daemon;
  }

  /** Configuration after the instance's profiles are applied in order. */
  Map<String, String> expandedConfig(Project project, Instance instance) {
    Map<String, String> expanded = new TreeMap<>();
    for (String name : instance.profiles) {
      Profile profile = daemon.profiles(project).profiles.get(name);
      if (profile != null) {
        expanded.putAll(profile.config);
      }
    }
    expanded.putAll(instance.config);
    return expanded;
  }

  Map<String, Map<String, String>> expandedDevices(
      Project project, java.util.List<String> profiles, Map<String, Map<String, String>> own) {
    Map<String, Map<String, String>> expanded = new TreeMap<>();
    for (String name : profiles) {
      Profile profile = daemon.profiles(project).profiles.get(name);
      if (profile != null) {
        expanded.putAll(profile.devices);
      }
    }
    expanded.putAll(own);
    return expanded;
  }

  /** The instance as {@code GET /1.0/instances/{name}} returns it. */
  ObjectNode instance(Project project, Instance instance) {
    ObjectNode node = Json.object();
    node.put("architecture", instance.architecture);
    node.set("config", Json.stringMap(instance.config));
    node.set("devices", Json.deviceMap(instance.devices));
    node.put("ephemeral", instance.ephemeral);
    node.set("profiles", Json.strings(instance.profiles));
    node.put("stateful", instance.stateful);
    node.put("description", instance.description);
    node.put("created_at", Times.format(instance.createdAt));
    node.set("expanded_config", Json.stringMap(expandedConfig(project, instance)));
    node.set(
        "expanded_devices",
        Json.deviceMap(expandedDevices(project, instance.profiles, instance.devices)));
    node.put("name", instance.name);
    node.put("status", instance.status());
    node.put("status_code", instance.statusCode);
    node.put(
        "last_used_at",
        instance.lastUsedAt == null ? Times.EPOCH : Times.format(instance.lastUsedAt));
    node.put("location", "none");
    node.put("type", instance.type);
    node.put("project", instance.project);
    return node;
  }

  /** The instance with its state, snapshots and backups, as recursion 2 returns it. */
  ObjectNode full(Project project, Instance instance) {
    ObjectNode node = instance(project, instance);
    if (instance.backups.isEmpty()) {
      node.putNull("backups");
    } else {
      ArrayNode backups = node.putArray("backups");
      instance.backups.values().forEach(backup -> backups.add(backup(instance, backup)));
    }
    node.set("state", state(instance));
    if (instance.snapshots.isEmpty()) {
      node.putNull("snapshots");
    } else {
      ArrayNode snapshots = node.putArray("snapshots");
      instance.snapshots.values().forEach(s -> snapshots.add(snapshot(project, s)));
    }
    return node;
  }

  /** The runtime state, as {@code GET /1.0/instances/{name}/state} returns it. */
  ObjectNode state(Instance instance) {
    ObjectNode node = Json.object();
    node.put("status", instance.status());
    node.put("status_code", instance.statusCode);
    node.putObject("disk");
    ObjectNode memory = node.putObject("memory");
    boolean running = instance.isRunning();
    memory.put("usage", running ? 618496 : 0);
    memory.put("usage_peak", running ? 1118208 : 0);
    memory.put("swap_usage", 0);
    memory.put("swap_usage_peak", 0);
    if (running) {
      ObjectNode network = node.putObject("network");
      network.set("lo", nic("", 65536, "loopback"));
      instance.devices.forEach(
          (device, keys) -> {
            if ("nic".equals(keys.get("type"))) {
              String name = keys.getOrDefault("name", device);
              String hwaddr = instance.config.getOrDefault("volatile." + device + ".hwaddr", "");
              network.set(name, nic(hwaddr, 1500, "broadcast"));
            }
          });
    } else {
      node.putNull("network");
    }
    node.put("pid", instance.pid);
    node.put("processes", running ? 2 + instance.sessions.size() : 0);
    node.putObject("cpu").put("usage", instance.cpuNanos);
    return node;
  }

  private static ObjectNode nic(String hwaddr, int mtu, String type) {
    ObjectNode nic = Json.object();
    nic.putArray("addresses");
    ObjectNode counters = nic.putObject("counters");
    for (String counter :
        new String[] {
          "bytes_received",
          "bytes_sent",
          "packets_received",
          "packets_sent",
          "errors_received",
          "errors_sent",
          "packets_dropped_outbound",
          "packets_dropped_inbound"
        }) {
      counters.put(counter, 0);
    }
    nic.put("hwaddr", hwaddr);
    nic.put("host_name", "");
    nic.put("mtu", mtu);
    nic.put("state", type.equals("loopback") ? "down" : "up");
    nic.put("type", type);
    return nic;
  }

  /** A snapshot as {@code GET /1.0/instances/{name}/snapshots/{snapshot}} returns it. */
  ObjectNode snapshot(Project project, Instance.Snapshot snapshot) {
    ObjectNode node = Json.object();
    node.put("expires_at", Times.format(snapshot.expiresAt));
    node.put("architecture", snapshot.architecture);
    node.set("config", Json.stringMap(snapshot.config));
    node.put("created_at", Times.format(snapshot.createdAt));
    node.set("devices", Json.deviceMap(snapshot.devices));
    node.put("ephemeral", snapshot.ephemeral);
    Map<String, String> expanded = new TreeMap<>();
    for (String name : snapshot.profiles) {
      Profile profile = daemon.profiles(project).profiles.get(name);
      if (profile != null) {
        expanded.putAll(profile.config);
      }
    }
    expanded.putAll(snapshot.config);
    node.set("expanded_config", Json.stringMap(expanded));
    node.set(
        "expanded_devices",
        Json.deviceMap(expandedDevices(project, snapshot.profiles, snapshot.devices)));
    node.put("last_used_at", Times.ZERO);
    node.put("name", snapshot.name);
    node.set("profiles", Json.strings(snapshot.profiles));
    node.put("stateful", snapshot.stateful);
    node.put("size", -1);
    return node;
  }

  /** A backup as {@code GET /1.0/instances/{name}/backups/{backup}} returns it. */
  static ObjectNode backup(Instance instance, Instance.Backup backup) {
    ObjectNode node = Json.object();
    node.put("name", backup.name());
    node.put("created_at", Times.seconds(backup.createdAt()));
    node.put("expires_at", Times.format(backup.expiresAt()));
    node.put("instance_only", backup.instanceOnly());
    node.put("container_only", backup.instanceOnly());
    node.put("optimized_storage", backup.optimizedStorage());
    return node;
  }
}

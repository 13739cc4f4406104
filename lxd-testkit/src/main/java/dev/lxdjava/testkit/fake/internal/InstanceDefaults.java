package dev.lxdjava.testkit.fake.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.SecureRandom;
import java.util.Map;
import java.util.UUID;

/** What LXD adds to a new instance: volatile keys, and the checks on its root disk. */
final class InstanceDefaults {
  /** The ID map LXD 5.0 writes for an unprivileged container on this kind of host. */
  private static final String IDMAP =
      "[{\"Isuid\":true,\"Isgid\":false,\"Hostid\":100000,\"Nsid\":0,\"Maprange\":10000001},"
          + "{\"Isuid\":false,\"Isgid\":true,\"Hostid\":100000,\"Nsid\":0,\"Maprange\":10000001}]";

  private static final SecureRandom RANDOM = new SecureRandom();

  private InstanceDefaults() {}

  /** Adds the volatile keys LXD sets on a new container. */
  static void addVolatileKeys(
      Map<String, String> config, Map<String, Map<String, String>> devices, boolean fromImage) {
    if (fromImage) {
      config.put("volatile.apply_template", "create");
    }
    config.put("volatile.uuid", UUID.randomUUID().toString());
    config.put("volatile.cloud-init.instance-id", UUID.randomUUID().toString());
    config.put("volatile.idmap.base", "0");
    config.put("volatile.idmap.next", IDMAP);
    config.put("volatile.last_state.idmap", "[]");
    devices.forEach(
        (device, keys) -> {
          if ("nic".equals(keys.get("type"))) {
            config.putIfAbsent("volatile." + device + ".hwaddr", randomMac());
          }
        });
  }

  static String randomMac() {
    byte[] bytes = new byte[3];
    RANDOM.nextBytes(bytes);
    return String.format("00:16:3e:%02x:%02x:%02x", bytes[0], bytes[1], bytes[2]);
  }

  static boolean hasRootDisk(Map<String, Map<String, String>> devices) {
    return devices.values().stream()
        .anyMatch(device -> "disk".equals(device.get("type")) && "/".equals(device.get("path")));
  }

  static String rootPool(Map<String, Map<String, String>> devices) {
    return devices.values().stream()
        .filter(device -> "disk".equals(device.get("type")) && "/".equals(device.get("path")))
        .map(device -> device.getOrDefault("pool", ""))
        .findFirst()
        .orElse("");
  }

  static ObjectNode unpackProgress() {
    ObjectNode metadata = Json.object();
    metadata.put("create_instance_from_image_unpack_progress", "Unpack: 100% (10.00MB/s)");
    ObjectNode progress = metadata.putObject("progress");
    progress.put("percent", "100");
    progress.put("speed", "10000000");
    progress.put("stage", "create_instance_from_image_unpack");
    return metadata;
  }
}

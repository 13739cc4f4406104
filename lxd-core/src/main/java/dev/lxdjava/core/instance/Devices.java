package dev.lxdjava.core.instance;

import java.util.LinkedHashMap;
import java.util.Map;

/** Copies device maps (device name to its configuration keys) into immutable form. */
final class Devices {
  private Devices() {}

  static Map<String, Map<String, String>> copy(Map<String, Map<String, String>> devices) {
    if (devices == null) {
      return Map.of();
    }
    Map<String, Map<String, String>> copy = new LinkedHashMap<>();
    devices.forEach((name, device) -> copy.put(name, Map.copyOf(device)));
    return Map.copyOf(copy);
  }
}

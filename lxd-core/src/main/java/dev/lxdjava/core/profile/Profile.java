package dev.lxdjava.core.profile;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An LXD profile as LXD returned it ({@code GET /1.0/profiles/{name}}).
 *
 * @param name profile name
 * @param description free text
 * @param config configuration keys applied to instances that use the profile
 * @param devices devices by name, each a map of its keys
 * @param usedBy URLs of the instances that use the profile
 */
public record Profile(
    String name,
    String description,
    Map<String, String> config,
    Map<String, Map<String, String>> devices,
    List<String> usedBy) {

  public Profile {
    description = description == null ? "" : description;
    config = config == null ? Map.of() : Map.copyOf(config);
    devices = copyDevices(devices);
    usedBy = usedBy == null ? List.of() : List.copyOf(usedBy);
  }

  static Map<String, Map<String, String>> copyDevices(Map<String, Map<String, String>> devices) {
    if (devices == null) {
      return Map.of();
    }
    Map<String, Map<String, String>> copy = new LinkedHashMap<>();
    devices.forEach((device, keys) -> copy.put(device, Map.copyOf(keys)));
    return Map.copyOf(copy);
  }
}

package dev.lxdjava.core.profile;

import dev.lxdjava.core.Names;
import java.util.Map;

/**
 * A request to create a profile ({@code POST /1.0/profiles}).
 *
 * @param name profile name, valid by {@link Names#profile(String)}
 * @param description free text
 * @param config configuration keys
 * @param devices devices by name
 */
public record ProfileCreate(
    String name,
    String description,
    Map<String, String> config,
    Map<String, Map<String, String>> devices) {

  public ProfileCreate {
    Names.profile(name);
    description = description == null ? "" : description;
    config = config == null ? Map.of() : Map.copyOf(config);
    devices = Profile.copyDevices(devices);
    devices.keySet().forEach(Names::device);
  }

  /** An empty profile. */
  public static ProfileCreate of(String name) {
    return new ProfileCreate(name, "", Map.of(), Map.of());
  }
}

package dev.lxdjava.core.instance;

import dev.lxdjava.core.Names;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The full writable state of an instance, for a replacing update ({@code PUT
 * /1.0/instances/{name}}): what is left out is removed. Start from {@link #from(Instance)} and
 * change parts with the {@code with…} and {@code without…} methods.
 *
 * <p>Keys starting with {@code volatile.} are LXD's own bookkeeping (idmaps, MAC addresses, last
 * power state). They are not part of this value: {@link #from(Instance)} drops them and the update
 * sends the daemon's current ones in their place, so a value read earlier can never overwrite a
 * newer one.
 *
 * @param config the instance's own configuration keys, without {@code volatile.*} keys
 * @param devices the instance's own devices, by device name
 * @param profiles profiles to apply, in order
 * @param ephemeral whether LXD deletes the instance when it stops
 * @param description free text
 */
public record InstanceUpdate(
    Map<String, String> config,
    Map<String, Map<String, String>> devices,
    List<String> profiles,
    boolean ephemeral,
    String description) {

  /** Prefix of the configuration keys that LXD manages itself. */
  public static final String VOLATILE_PREFIX = "volatile.";

  /** Copies the parts, drops {@code volatile.*} keys and checks the profile names. */
  public InstanceUpdate {
    config = withoutVolatile(config);
    devices = Devices.copy(devices);
    profiles = profiles == null ? List.of() : List.copyOf(profiles);
    profiles.forEach(profile -> Names.segment("profile name", profile));
    description = description == null ? "" : description;
  }

  /** Copies the writable state of an instance as read, without its {@code volatile.*} keys. */
  public static InstanceUpdate from(Instance instance) {
    return new InstanceUpdate(
        instance.config(),
        instance.devices(),
        instance.profiles(),
        instance.ephemeral(),
        instance.description());
  }

  /** The same state with one configuration key set. */
  public InstanceUpdate withConfig(String key, String value) {
    Map<String, String> changed = new LinkedHashMap<>(config);
    changed.put(key, value);
    return new InstanceUpdate(changed, devices, profiles, ephemeral, description);
  }

  /** The same state without one configuration key, which the update removes. */
  public InstanceUpdate withoutConfig(String key) {
    Map<String, String> changed = new LinkedHashMap<>(config);
    changed.remove(key);
    return new InstanceUpdate(changed, devices, profiles, ephemeral, description);
  }

  /** The same state with one device added or replaced. */
  public InstanceUpdate withDevice(String name, Map<String, String> device) {
    Map<String, Map<String, String>> changed = new LinkedHashMap<>(devices);
    changed.put(name, device);
    return new InstanceUpdate(config, changed, profiles, ephemeral, description);
  }

  /** The same state without one device, which the update detaches. */
  public InstanceUpdate withoutDevice(String name) {
    Map<String, Map<String, String>> changed = new LinkedHashMap<>(devices);
    changed.remove(name);
    return new InstanceUpdate(config, changed, profiles, ephemeral, description);
  }

  /** The same state with other profiles. */
  public InstanceUpdate withProfiles(List<String> value) {
    return new InstanceUpdate(config, devices, value, ephemeral, description);
  }

  /** The same state, ephemeral or not. */
  public InstanceUpdate withEphemeral(boolean value) {
    return new InstanceUpdate(config, devices, profiles, value, description);
  }

  /** The same state with another description. */
  public InstanceUpdate withDescription(String value) {
    return new InstanceUpdate(config, devices, profiles, ephemeral, value);
  }

  private static Map<String, String> withoutVolatile(Map<String, String> config) {
    if (config == null) {
      return Map.of();
    }
    Map<String, String> kept = new LinkedHashMap<>();
    config.forEach(
        (key, value) -> {
          if (!key.startsWith(VOLATILE_PREFIX)) {
            kept.put(key, value);
          }
        });
    return Map.copyOf(kept);
  }
}

package dev.lxdjava.core.profile;

import dev.lxdjava.core.Names;
import java.util.Map;

/**
 * The writable part of a profile. On {@link Profiles#update} (PUT) it replaces the profile's
 * description, configuration and devices, and a {@code null} component is sent empty. On {@link
 * Profiles#patch} (PATCH) a {@code null} component is left out, so LXD keeps it; configuration keys
 * and devices merge into the existing ones, so a PATCH cannot remove a device.
 *
 * @param description free text, or {@code null}
 * @param config configuration keys, or {@code null}
 * @param devices devices by name, or {@code null}
 */
public record ProfileUpdate(
    String description, Map<String, String> config, Map<String, Map<String, String>> devices) {

  public ProfileUpdate {
    config = config == null ? null : Map.copyOf(config);
    devices = devices == null ? null : Profile.copyDevices(devices);
    if (devices != null) {
      devices.keySet().forEach(Names::device);
    }
  }

  /** The writable part of {@code profile} as it is, to change and send back. */
  public static ProfileUpdate from(Profile profile) {
    return new ProfileUpdate(profile.description(), profile.config(), profile.devices());
  }

  /** A patch that sets the given configuration keys only. */
  public static ProfileUpdate config(Map<String, String> config) {
    return new ProfileUpdate(null, config, null);
  }
}

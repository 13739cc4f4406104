package dev.lxdjava.core.instance;

import dev.lxdjava.core.Names;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A merging update of an instance ({@code PATCH /1.0/instances/{name}}): only what is set changes.
 * Build it with {@link #builder()}.
 *
 * <p>LXD merges configuration keys one by one; a key set to the empty string is removed. Devices
 * merge by name: a device given here replaces the device of that name whole. A PATCH cannot remove
 * a device; use {@link Instances#update} with {@link InstanceUpdate#withoutDevice(String)}.
 *
 * @param config configuration keys to set; an empty value removes the key
 * @param devices devices to add or replace, by device name
 * @param profiles new profile list, or {@code null} to keep the current one
 * @param ephemeral new ephemeral flag, or {@code null} to keep it
 * @param description new description, or {@code null} to keep it
 */
public record InstancePatch(
    Map<String, String> config,
    Map<String, Map<String, String>> devices,
    List<String> profiles,
    Boolean ephemeral,
    String description) {

  /** Copies the maps and checks the profile names. */
  public InstancePatch {
    config = config == null ? Map.of() : Map.copyOf(config);
    devices = Devices.copy(devices);
    if (profiles != null) {
      profiles.forEach(profile -> Names.segment("profile name", profile));
      profiles = List.copyOf(profiles);
    }
  }

  /** Starts an empty patch. */
  public static Builder builder() {
    return new Builder();
  }

  /** Collects the parts of an {@link InstancePatch}. */
  public static final class Builder {
    private final Map<String, String> config = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> devices = new LinkedHashMap<>();
    private List<String> profiles;
    private Boolean ephemeral;
    private String description;

    private Builder() {}

    /** Sets one configuration key. */
    public Builder config(String key, String value) {
      config.put(key, value);
      return this;
    }

    /** Removes one configuration key (sends it with an empty value). */
    public Builder removeConfig(String key) {
      config.put(key, "");
      return this;
    }

    /** Adds or replaces one device. */
    public Builder device(String name, Map<String, String> device) {
      devices.put(name, Map.copyOf(device));
      return this;
    }

    /** Replaces the profile list. */
    public Builder profiles(List<String> value) {
      profiles = List.copyOf(value);
      return this;
    }

    /** Sets the ephemeral flag. */
    public Builder ephemeral(boolean value) {
      ephemeral = value;
      return this;
    }

    /** Sets the description. */
    public Builder description(String value) {
      description = value;
      return this;
    }

    /** Returns the patch. */
    public InstancePatch build() {
      return new InstancePatch(config, devices, profiles, ephemeral, description);
    }
  }
}

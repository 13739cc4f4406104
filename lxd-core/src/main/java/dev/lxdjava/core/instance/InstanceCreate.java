package dev.lxdjava.core.instance;

import dev.lxdjava.core.LxdValidationException;
import dev.lxdjava.core.Names;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A request to create an instance ({@code POST /1.0/instances}). Build it with {@link
 * #builder(String)}; the name is checked when the builder is created.
 *
 * @param name instance name, valid by {@link Names#instance(String)}
 * @param type container or virtual machine
 * @param source what the instance is made from
 * @param profiles profiles to apply in order; {@code null} lets LXD apply {@code default}, or for a
 *     copy sends the source's profiles, as {@code lxc copy} does, because LXD 5.0 applies none to a
 *     copy and then finds no root disk
 * @param config configuration keys
 * @param devices devices by name
 * @param ephemeral whether LXD deletes the instance when it stops
 * @param description free text
 */
public record InstanceCreate(
    String name,
    InstanceType type,
    InstanceSource source,
    List<String> profiles,
    Map<String, String> config,
    Map<String, Map<String, String>> devices,
    boolean ephemeral,
    String description) {

  public InstanceCreate {
    Names.instance(name);
    if (type == null) {
      throw new LxdValidationException("instance type", "null", "must be given");
    }
    if (source == null) {
      throw new LxdValidationException("instance source", "null", "must be given");
    }
    if (profiles != null) {
      profiles.forEach(profile -> Names.segment("profile name", profile));
      profiles = List.copyOf(profiles);
    }
    config = config == null ? Map.of() : Map.copyOf(config);
    devices = Devices.copy(devices);
    description = description == null ? "" : description;
  }

  /** Starts a builder for a container from no source; set the source before building. */
  public static Builder builder(String name) {
    return new Builder(Names.instance(name));
  }

  /** Collects the optional parts of an {@link InstanceCreate}. */
  public static final class Builder {
    private final String name;
    private InstanceType type = InstanceType.CONTAINER;
    private InstanceSource source;
    private List<String> profiles;
    private final Map<String, String> config = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> devices = new LinkedHashMap<>();
    private boolean ephemeral;
    private String description = "";

    private Builder(String name) {
      this.name = name;
    }

    /** Sets container (the default) or virtual machine. */
    public Builder type(InstanceType value) {
      this.type = value;
      return this;
    }

    /** Sets what the instance is made from. */
    public Builder source(InstanceSource value) {
      this.source = value;
      return this;
    }

    /** Shortcut for {@code source(InstanceSource.imageAlias(alias))}. */
    public Builder image(String alias) {
      return source(InstanceSource.imageAlias(alias));
    }

    /** Sets the profiles to apply, replacing LXD's {@code default}. */
    public Builder profiles(List<String> value) {
      this.profiles = List.copyOf(value);
      return this;
    }

    /** Adds one configuration key. */
    public Builder config(String key, String value) {
      this.config.put(key, value);
      return this;
    }

    /** Adds configuration keys. */
    public Builder config(Map<String, String> values) {
      this.config.putAll(values);
      return this;
    }

    /** Adds one device. */
    public Builder device(String deviceName, Map<String, String> device) {
      this.devices.put(deviceName, Map.copyOf(device));
      return this;
    }

    /** Adds devices. */
    public Builder devices(Map<String, Map<String, String>> values) {
      values.forEach(this::device);
      return this;
    }

    /** Makes the instance ephemeral: LXD deletes it when it stops. */
    public Builder ephemeral(boolean value) {
      this.ephemeral = value;
      return this;
    }

    /** Sets the description. */
    public Builder description(String value) {
      this.description = value;
      return this;
    }

    /** Checks and returns the request. */
    public InstanceCreate build() {
      return new InstanceCreate(
          name, type, source, profiles, config, devices, ephemeral, description);
    }
  }
}

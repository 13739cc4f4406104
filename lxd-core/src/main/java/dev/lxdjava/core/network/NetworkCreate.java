package dev.lxdjava.core.network;

import dev.lxdjava.core.LxdValidationException;
import dev.lxdjava.core.Names;
import java.util.Map;

/**
 * A request to create a managed network ({@code POST /1.0/networks}).
 *
 * @param name network name, valid by {@link Names#network(String)}
 * @param type network type, for example {@code bridge}
 * @param description free text
 * @param config network configuration; a bridge without {@code ipv4.address} and {@code
 *     ipv6.address} gets addresses LXD chooses, so set them to {@code none} for an address-less
 *     bridge
 */
public record NetworkCreate(
    String name, String type, String description, Map<String, String> config) {

  public NetworkCreate {
    Names.network(name);
    if (type == null || type.isBlank()) {
      throw new LxdValidationException("network type", String.valueOf(type), "must be given");
    }
    description = description == null ? "" : description;
    config = config == null ? Map.of() : Map.copyOf(config);
  }

  /** A bridge with the given configuration. */
  public static NetworkCreate bridge(String name, Map<String, String> config) {
    return new NetworkCreate(name, "bridge", "", config);
  }
}

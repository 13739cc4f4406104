package dev.lxdjava.core.network;

import java.util.Map;

/**
 * The writable part of a network. On {@link Networks#update} (PUT) it replaces the network's
 * description and configuration, and a {@code null} component is sent empty. On {@link
 * Networks#patch} (PATCH) a {@code null} component is left out, so LXD keeps it, and configuration
 * keys merge into the existing ones.
 *
 * @param description free text, or {@code null}
 * @param config network configuration, or {@code null}
 */
public record NetworkUpdate(String description, Map<String, String> config) {

  public NetworkUpdate {
    config = config == null ? null : Map.copyOf(config);
  }

  /** The writable part of {@code network} as it is, to change and send back. */
  public static NetworkUpdate from(Network network) {
    return new NetworkUpdate(network.description(), network.config());
  }

  /** A patch that sets the given configuration keys only. */
  public static NetworkUpdate config(Map<String, String> config) {
    return new NetworkUpdate(null, config);
  }
}

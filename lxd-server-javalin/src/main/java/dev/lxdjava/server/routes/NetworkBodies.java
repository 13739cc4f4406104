package dev.lxdjava.server.routes;

import java.util.Map;

/** JSON bodies of the network routes, with LXD's field names. */
final class NetworkBodies {
  private NetworkBodies() {}

  /** {@code POST /api/v1/networks}; {@code type} is {@code bridge} when absent. */
  record Create(String name, String type, String description, Map<String, String> config) {}

  /** {@code PUT} (absent fields become empty) and {@code PATCH} (merges) of a network. */
  record Update(String description, Map<String, String> config) {}
}

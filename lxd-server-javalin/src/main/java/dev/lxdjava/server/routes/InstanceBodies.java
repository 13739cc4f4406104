package dev.lxdjava.server.routes;

import java.util.List;
import java.util.Map;

/** JSON bodies of the instance routes. Field names are the snake-case forms of the components. */
final class InstanceBodies {
  private InstanceBodies() {}

  /**
   * {@code POST /api/v1/instances}. {@code instance_type} is the earlier gateway's name for LXD's
   * {@code type}; either may be given.
   */
  record Create(
      String name,
      Source source,
      List<String> profiles,
      Map<String, String> config,
      Map<String, Map<String, String>> devices,
      Boolean ephemeral,
      String instanceType,
      String type,
      String description) {}

  /** What a new instance is made from. */
  record Source(
      String type,
      String alias,
      String fingerprint,
      String server,
      String protocol,
      String source) {}

  /** {@code PUT /api/v1/instances/{name}/state}. {@code timeout} is in seconds, -1 for none. */
  record State(String action, Boolean force, Boolean stateful, Integer timeout) {}

  /**
   * {@code PUT /api/v1/instances/{name}}: the whole writable state. What it leaves out is removed;
   * {@code volatile.*} keys are LXD's and ignored.
   */
  record Update(
      Map<String, String> config,
      Map<String, Map<String, String>> devices,
      List<String> profiles,
      Boolean ephemeral,
      String description) {}

  /**
   * {@code PATCH /api/v1/instances/{name}}: keys to merge; an empty config value removes the key.
   */
  record Patch(
      Map<String, String> config,
      Map<String, Map<String, String>> devices,
      List<String> profiles,
      Boolean ephemeral,
      String description) {}

  /** A rename of an instance, snapshot or backup: the new name. */
  record Rename(String name) {}
}

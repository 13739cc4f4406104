package dev.lxdjava.server.routes;

import java.util.Map;

/** JSON bodies of the profile routes, with LXD's field names. */
final class ProfileBodies {
  private ProfileBodies() {}

  /** {@code POST /api/v1/profiles}. */
  record Create(
      String name,
      String description,
      Map<String, String> config,
      Map<String, Map<String, String>> devices) {}

  /**
   * {@code PUT} (absent fields become empty) and {@code PATCH} (config keys and devices merged by
   * LXD) of a profile.
   */
  record Update(
      String description, Map<String, String> config, Map<String, Map<String, String>> devices) {}
}

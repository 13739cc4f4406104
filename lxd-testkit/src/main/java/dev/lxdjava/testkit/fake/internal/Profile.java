package dev.lxdjava.testkit.fake.internal;

import java.util.Map;
import java.util.TreeMap;

/** A profile: configuration and devices that instances inherit in order. */
final class Profile {
  String name;
  String description;
  Map<String, String> config;
  Map<String, Map<String, String>> devices;

  Profile(
      String name,
      String description,
      Map<String, String> config,
      Map<String, Map<String, String>> devices) {
    this.name = name;
    this.description = description;
    this.config = new TreeMap<>(config);
    this.devices = new TreeMap<>(devices);
  }

  String etag() {
    return Etags.of(config, description, devices);
  }
}

package dev.lxdjava.testkit.fake.internal;

import java.util.Map;
import java.util.TreeMap;

/** A managed network (or an unmanaged host interface such as {@code lo}). */
final class Network {
  String name;
  String description;
  final String type;
  final boolean managed;
  Map<String, String> config;
  final String hwaddr;

  Network(
      String name,
      String description,
      String type,
      boolean managed,
      Map<String, String> config,
      String hwaddr) {
    this.name = name;
    this.description = description;
    this.type = type;
    this.managed = managed;
    this.config = new TreeMap<>(config);
    this.hwaddr = hwaddr;
  }

  String etag() {
    return Etags.of(name, managed, type, description, config);
  }
}

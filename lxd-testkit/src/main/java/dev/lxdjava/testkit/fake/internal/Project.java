package dev.lxdjava.testkit.fake.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * A project with the objects stored in it. Its {@code features.*} keys decide which families it
 * stores itself; the {@link Daemon} sends lookups of the other families to {@code default}.
 */
final class Project {
  String name;
  String description;
  Map<String, String> config;
  final Map<String, Instance> instances = new LinkedHashMap<>();
  final Map<String, Profile> profiles = new LinkedHashMap<>();
  final Map<String, Image> images = new LinkedHashMap<>();
  final Map<String, Image.Alias> aliases = new TreeMap<>();
  final Map<String, Network> networks = new LinkedHashMap<>();

  Project(String name, String description, Map<String, String> config) {
    this.name = name;
    this.description = description;
    this.config = new TreeMap<>(config);
  }

  /** Whether {@code features.<feature>} is {@code true}. */
  boolean has(String feature) {
    return "true".equals(config.get("features." + feature));
  }

  String etag() {
    return Etags.of(description, config);
  }
}

package dev.lxdjava.testkit.fake.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** An image in a project's store: its tarball, properties and a file system for instances. */
final class Image {
  final String fingerprint;
  final String filename;
  final byte[] content;
  final String architecture;
  final String type;
  final Instant createdAt;
  final Instant uploadedAt = Instant.now();
  Instant lastUsedAt;
  Instant expiresAt;
  boolean isPublic;
  boolean autoUpdate;
  Map<String, String> properties;
  List<String> profiles = List.of("default");
  final FileTree rootfs;

  /** The root file system tarball of a split image; {@code null} for a unified one. */
  byte[] rootfsContent;

  Image(
      String fingerprint,
      String filename,
      byte[] content,
      String architecture,
      String type,
      Instant createdAt,
      Map<String, String> properties,
      FileTree rootfs) {
    this.fingerprint = fingerprint;
    this.filename = filename;
    this.content = content;
    this.architecture = architecture;
    this.type = type;
    this.createdAt = createdAt;
    this.properties = new TreeMap<>(properties);
    this.rootfs = rootfs;
  }

  String etag() {
    return Etags.of(autoUpdate, properties, isPublic, Times.format(expiresAt), profiles);
  }

  /**
   * A copy with its own properties and file system; the tarball bytes are shared, never changed.
   */
  Image copy() {
    Image copy =
        new Image(
            fingerprint,
            filename,
            content,
            architecture,
            type,
            createdAt,
            properties,
            rootfs.copy());
    copy.lastUsedAt = lastUsedAt;
    copy.expiresAt = expiresAt;
    copy.isPublic = isPublic;
    copy.autoUpdate = autoUpdate;
    copy.profiles = profiles;
    copy.rootfsContent = rootfsContent;
    return copy;
  }

  /** An alias that names an image by fingerprint. */
  static final class Alias {
    String name;
    String description;
    String target;
    final String type;

    Alias(String name, String description, String target, String type) {
      this.name = name;
      this.description = description;
      this.target = target;
      this.type = type;
    }

    String etag() {
      return Etags.of(name, description, target);
    }
  }
}

package dev.lxdjava.core.image;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An image in LXD's image store as LXD returned it ({@code GET /1.0/images/{fingerprint}}).
 *
 * @param fingerprint SHA-256 of the image file, or of metadata and root file system together for a
 *     split image
 * @param filename file name LXD uses on export
 * @param size size in bytes
 * @param architecture for example {@code x86_64}
 * @param type {@code container} or {@code virtual-machine}
 * @param isPublic whether untrusted clients may download it (LXD's {@code public})
 * @param autoUpdate whether LXD refreshes it from its source
 * @param cached whether LXD downloaded it only to create an instance and may drop it
 * @param properties descriptive keys such as {@code os} and {@code release}
 * @param aliases aliases pointing at the image
 * @param profiles profiles applied to instances created from it
 * @param createdAt when the image was built
 * @param expiresAt when a cached image expires; LXD reports {@code 1970-01-01T00:00:00Z} for never
 * @param lastUsedAt when an instance was last created from it
 * @param uploadedAt when LXD stored it
 * @param updateSource where LXD refreshes the image from, or {@code null} for local images
 */
public record Image(
    String fingerprint,
    String filename,
    long size,
    String architecture,
    String type,
    boolean isPublic,
    boolean autoUpdate,
    boolean cached,
    Map<String, String> properties,
    List<Alias> aliases,
    List<String> profiles,
    Instant createdAt,
    Instant expiresAt,
    Instant lastUsedAt,
    Instant uploadedAt,
    UpdateSource updateSource) {

  public Image {
    filename = filename == null ? "" : filename;
    architecture = architecture == null ? "" : architecture;
    type = type == null ? "" : type;
    properties = properties == null ? Map.of() : Map.copyOf(properties);
    aliases = aliases == null ? List.of() : List.copyOf(aliases);
    profiles = profiles == null ? List.of() : List.copyOf(profiles);
  }

  /**
   * An alias as listed in the image.
   *
   * @param name alias name
   * @param description free text
   */
  public record Alias(String name, String description) {}

  /**
   * Where LXD refreshes an image from.
   *
   * @param server image server URL
   * @param protocol {@code lxd} or {@code simplestreams}
   * @param alias alias on that server
   * @param certificate the server's certificate in PEM form, or empty
   * @param imageType {@code container} or {@code virtual-machine}
   */
  public record UpdateSource(
      String server, String protocol, String alias, String certificate, String imageType) {}
}

package dev.lxdjava.server.routes;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** JSON bodies of the image routes, with LXD's field names. */
final class ImageBodies {
  private ImageBodies() {}

  /**
   * {@code POST /api/v1/images}: copies an image from another server. {@code aliases} are local
   * alias names to create for it.
   */
  record Copy(
      Source source,
      List<String> aliases,
      @JsonProperty("public") Boolean isPublic,
      Boolean autoUpdate) {}

  /** The source of a copied image, with exactly one of {@code alias} and {@code fingerprint}. */
  record Source(
      String server,
      String protocol,
      String alias,
      String fingerprint,
      String certificate,
      String secret,
      String project) {}

  /** {@code POST /api/v1/images/publish}: an instance, or its snapshot when {@code snapshot}. */
  record Publish(
      String instance,
      String snapshot,
      List<String> aliases,
      @JsonProperty("public") Boolean isPublic,
      Map<String, String> properties,
      String compressionAlgorithm) {}

  /** {@code PUT} (absent fields become empty or false) and {@code PATCH} of an image. */
  record Update(
      @JsonProperty("public") Boolean isPublic,
      Boolean autoUpdate,
      Map<String, String> properties,
      List<String> profiles,
      Instant expiresAt) {}

  /** {@code POST /api/v1/images/aliases}. */
  record AliasCreate(String name, String target, String description) {}

  /** {@code PUT /api/v1/images/aliases/{alias}}. */
  record AliasUpdate(String target, String description) {}
}

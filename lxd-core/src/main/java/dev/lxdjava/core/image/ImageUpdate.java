package dev.lxdjava.core.image;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The writable part of an image. On {@link Images#update} (PUT) it replaces these fields, and a
 * {@code null} component is sent as LXD's empty value ({@code false}, no properties, no profiles,
 * no expiry). On {@link Images#patch} (PATCH) a {@code null} component is left out, so LXD keeps
 * it, and properties merge into the existing ones.
 *
 * @param isPublic whether untrusted clients may download the image, or {@code null}
 * @param autoUpdate whether LXD refreshes it from its source, or {@code null}
 * @param properties descriptive keys, or {@code null}
 * @param profiles profiles applied to instances created from it, or {@code null}
 * @param expiresAt expiry of a cached image, or {@code null}
 */
public record ImageUpdate(
    Boolean isPublic,
    Boolean autoUpdate,
    Map<String, String> properties,
    List<String> profiles,
    Instant expiresAt) {

  public ImageUpdate {
    properties = properties == null ? null : Map.copyOf(properties);
    profiles = profiles == null ? null : List.copyOf(profiles);
  }

  /** The writable part of {@code image} as it is, to change and send back. */
  public static ImageUpdate from(Image image) {
    return new ImageUpdate(
        image.isPublic(),
        image.autoUpdate(),
        image.properties(),
        image.profiles(),
        image.expiresAt());
  }

  /** A patch that changes only whether the image is public. */
  public static ImageUpdate publicFlag(boolean isPublic) {
    return new ImageUpdate(isPublic, null, null, null, null);
  }

  /** A patch that sets the given properties only. */
  public static ImageUpdate properties(Map<String, String> properties) {
    return new ImageUpdate(null, null, properties, null, null);
  }
}

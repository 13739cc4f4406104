package dev.lxdjava.core.image;

/**
 * A name pointing at an image ({@code GET /1.0/images/aliases/{name}}).
 *
 * @param name alias name
 * @param description free text
 * @param target fingerprint of the image it points at
 * @param type {@code container} or {@code virtual-machine}
 */
public record ImageAlias(String name, String description, String target, String type) {

  public ImageAlias {
    description = description == null ? "" : description;
    type = type == null ? "" : type;
  }
}

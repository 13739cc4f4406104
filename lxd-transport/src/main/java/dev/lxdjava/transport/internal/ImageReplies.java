package dev.lxdjava.transport.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lxdjava.core.image.Image;
import dev.lxdjava.core.image.ImageAlias;
import java.util.List;

/** Maps the {@code metadata} of image and image alias replies to the SDK's records. */
final class ImageReplies {
  private ImageReplies() {}

  static Image image(JsonNode node) {
    JsonFields image = JsonFields.of(node, "image");
    List<Image.Alias> aliases =
        StorageReplies.each(
            image.raw().get("aliases"),
            "aliases of image " + image.text("fingerprint"),
            item -> {
              JsonFields alias = JsonFields.of(item, "image alias");
              return new Image.Alias(alias.text("name"), alias.text("description"));
            });
    return new Image(
        image.text("fingerprint"),
        image.text("filename"),
        image.number("size"),
        image.text("architecture"),
        image.text("type"),
        image.bool("public"),
        image.bool("auto_update"),
        image.bool("cached"),
        image.textMap("properties"),
        aliases,
        image.textList("profiles"),
        image.instant("created_at"),
        image.instant("expires_at"),
        image.instant("last_used_at"),
        image.instant("uploaded_at"),
        image.has("update_source") ? updateSource(image.object("update_source")) : null);
  }

  private static Image.UpdateSource updateSource(JsonFields source) {
    return new Image.UpdateSource(
        source.text("server"),
        source.text("protocol"),
        source.text("alias"),
        source.text("certificate"),
        source.text("image_type"));
  }

  static List<Image> images(JsonNode node) {
    return StorageReplies.each(node, "image list", ImageReplies::image);
  }

  static ImageAlias alias(JsonNode node) {
    JsonFields alias = JsonFields.of(node, "image alias");
    return new ImageAlias(
        alias.text("name"), alias.text("description"), alias.text("target"), alias.text("type"));
  }

  static List<ImageAlias> aliases(JsonNode node) {
    return StorageReplies.each(node, "image alias list", ImageReplies::alias);
  }
}

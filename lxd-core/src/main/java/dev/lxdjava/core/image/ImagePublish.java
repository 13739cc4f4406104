package dev.lxdjava.core.image;

import dev.lxdjava.core.LxdValidationException;
import dev.lxdjava.core.Names;
import java.util.List;
import java.util.Map;

/**
 * A request to publish an instance or snapshot as an image ({@code POST /1.0/images} with {@code
 * source: {type: instance|snapshot, name}}). A running instance must be stopped first unless the
 * storage driver can snapshot it.
 *
 * @param sourceType {@code instance} or {@code snapshot}
 * @param source instance name, or {@code instance/snapshot}
 * @param aliases aliases to create for the new image
 * @param isPublic whether untrusted clients may download the image
 * @param properties descriptive keys such as {@code os}
 * @param compression compression algorithm such as {@code gzip}, {@code xz} or {@code none}, or
 *     empty for the server's {@code images.compression_algorithm} (API extension {@code
 *     image_compression_algorithm})
 */
public record ImagePublish(
    String sourceType,
    String source,
    List<String> aliases,
    boolean isPublic,
    Map<String, String> properties,
    String compression) {

  public ImagePublish {
    if (!"instance".equals(sourceType) && !"snapshot".equals(sourceType)) {
      throw new LxdValidationException(
          "publish source type", String.valueOf(sourceType), "must be 'instance' or 'snapshot'");
    }
    if (source == null || source.isEmpty()) {
      throw new LxdValidationException("publish source", String.valueOf(source), "must be given");
    }
    aliases = aliases == null ? List.of() : List.copyOf(aliases);
    aliases.forEach(Names::imageAlias);
    properties = properties == null ? Map.of() : Map.copyOf(properties);
    compression = compression == null ? "" : compression;
    if (!compression.isEmpty() && !compression.matches("[a-z0-9_-]+")) {
      throw new LxdValidationException(
          "compression algorithm", compression, "must be a name such as gzip, xz or none");
    }
  }

  /** Publishes an instance. */
  public static ImagePublish instance(String name) {
    return new ImagePublish("instance", Names.instance(name), List.of(), false, Map.of(), "");
  }

  /** Publishes a snapshot of an instance. */
  public static ImagePublish snapshot(String instance, String snapshot) {
    String source = Names.instance(instance) + "/" + Names.segment("snapshot name", snapshot);
    return new ImagePublish("snapshot", source, List.of(), false, Map.of(), "");
  }

  /** The same request with these aliases for the new image. */
  public ImagePublish withAliases(List<String> value) {
    return new ImagePublish(sourceType, source, value, isPublic, properties, compression);
  }

  /** The same request, public or private. */
  public ImagePublish withPublic(boolean value) {
    return new ImagePublish(sourceType, source, aliases, value, properties, compression);
  }

  /** The same request with these properties. */
  public ImagePublish withProperties(Map<String, String> value) {
    return new ImagePublish(sourceType, source, aliases, isPublic, value, compression);
  }

  /** The same request with this compression algorithm. */
  public ImagePublish withCompression(String value) {
    return new ImagePublish(sourceType, source, aliases, isPublic, properties, value);
  }
}

package dev.lxdjava.core.storage;

import dev.lxdjava.core.LxdValidationException;
import dev.lxdjava.core.Names;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A request to create a custom storage volume ({@code POST
 * /1.0/storage-pools/{pool}/volumes/custom}).
 *
 * @param name volume name, valid by {@link Names#storageVolume(String)}
 * @param contentType {@code filesystem} (the default) or {@code block}
 * @param description free text
 * @param config volume configuration, for example {@code size=1GiB}
 */
public record StorageVolumeCreate(
    String name, String contentType, String description, Map<String, String> config) {

  public StorageVolumeCreate {
    Names.storageVolume(name);
    contentType = contentType == null || contentType.isEmpty() ? "filesystem" : contentType;
    if (!contentType.equals("filesystem") && !contentType.equals("block")) {
      throw new LxdValidationException(
          "storage volume content type", contentType, "must be 'filesystem' or 'block'");
    }
    description = description == null ? "" : description;
    config = config == null ? Map.of() : Map.copyOf(config);
  }

  /** A file system volume with the pool's defaults. */
  public static StorageVolumeCreate of(String name) {
    return new StorageVolumeCreate(name, "filesystem", "", Map.of());
  }

  /** The same request with {@code size} set, for example {@code 1GiB}. */
  public StorageVolumeCreate withSize(String size) {
    Map<String, String> withSize = new LinkedHashMap<>(config);
    withSize.put("size", Sizes.check(size));
    return new StorageVolumeCreate(name, contentType, description, withSize);
  }
}

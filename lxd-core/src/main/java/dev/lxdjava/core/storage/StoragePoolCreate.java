package dev.lxdjava.core.storage;

import dev.lxdjava.core.LxdValidationException;
import dev.lxdjava.core.Names;
import java.util.Map;

/**
 * A request to create a storage pool ({@code POST /1.0/storage-pools}).
 *
 * @param name pool name, valid by {@link Names#storagePool(String)}
 * @param driver storage driver, for example {@code dir}
 * @param description free text
 * @param config driver configuration; without {@code source}, LXD chooses where the pool lives
 */
public record StoragePoolCreate(
    String name, String driver, String description, Map<String, String> config) {

  public StoragePoolCreate {
    Names.storagePool(name);
    if (driver == null || driver.isBlank()) {
      throw new LxdValidationException("storage driver", String.valueOf(driver), "must be given");
    }
    description = description == null ? "" : description;
    config = config == null ? Map.of() : Map.copyOf(config);
  }

  /** A pool with the driver's defaults. */
  public static StoragePoolCreate of(String name, String driver) {
    return new StoragePoolCreate(name, driver, "", Map.of());
  }
}

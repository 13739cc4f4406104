package dev.lxdjava.core.storage;

import java.util.List;
import java.util.Map;

/**
 * An LXD storage pool as LXD returned it ({@code GET /1.0/storage-pools/{name}}).
 *
 * @param name pool name
 * @param driver storage driver, for example {@code dir}, {@code zfs} or {@code btrfs}
 * @param description free text
 * @param config driver configuration, for example {@code source}
 * @param usedBy URLs of the objects that use the pool (volumes, profiles, instances)
 * @param status {@code Created}, {@code Pending}, {@code Errored} or {@code Unknown}
 * @param locations cluster members the pool exists on; {@code none} outside a cluster
 */
public record StoragePool(
    String name,
    String driver,
    String description,
    Map<String, String> config,
    List<String> usedBy,
    String status,
    List<String> locations) {

  public StoragePool {
    description = description == null ? "" : description;
    config = config == null ? Map.of() : Map.copyOf(config);
    usedBy = usedBy == null ? List.of() : List.copyOf(usedBy);
    status = status == null ? "" : status;
    locations = locations == null ? List.of() : List.copyOf(locations);
  }
}

package dev.lxdjava.core.backup;

import dev.lxdjava.core.Names;

/**
 * Options of an instance import from a backup tarball ({@code POST /1.0/instances} with the tarball
 * as body).
 *
 * @param name name of the new instance, valid by {@link Names#instance(String)}; empty keeps the
 *     name stored in the backup. Needs the API extension {@code backup_override_name}.
 * @param pool storage pool for the new instance; empty uses the pool stored in the backup. Needs
 *     the API extension {@code container_backup_override_pool}.
 */
public record BackupImport(String name, String pool) {

  /** Checks the instance and pool names; {@code null} becomes empty. */
  public BackupImport {
    name = name == null ? "" : name;
    pool = pool == null ? "" : pool;
    if (!name.isEmpty()) {
      Names.instance(name);
    }
    if (!pool.isEmpty()) {
      Names.segment("storage pool name", pool);
    }
  }

  /** Imports under the name and into the pool stored in the backup. */
  public static BackupImport asStored() {
    return new BackupImport("", "");
  }

  /** Imports under a new instance name. */
  public static BackupImport as(String name) {
    return new BackupImport(name, "");
  }

  /** The same options with a storage pool. */
  public BackupImport withPool(String value) {
    return new BackupImport(name, value);
  }
}

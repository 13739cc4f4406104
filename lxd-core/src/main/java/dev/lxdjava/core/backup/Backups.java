package dev.lxdjava.core.backup;

import dev.lxdjava.core.operation.OperationHandle;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;

/**
 * Backups of instances ({@code /1.0/instances/{name}/backups}) in one project, and imports of
 * backup tarballs as new instances. Instance names are checked by {@link
 * dev.lxdjava.core.Names#instance(String)} and backup names by {@link
 * dev.lxdjava.core.Names#backup(String)} before any request. Needs the API extension {@code
 * container_backup}.
 *
 * <p>Tarballs travel as streams in both directions and are never held in memory whole, so backups
 * larger than the heap work.
 */
public interface Backups {

  /** Lists the backups of an instance in one request (recursion 1). */
  List<InstanceBackup> list(String instance);

  /**
   * Reads one backup.
   *
   * @throws dev.lxdjava.core.LxdNotFoundException if the instance or the backup does not exist
   */
  InstanceBackup get(String instance, String backup);

  /** Reads one backup, or returns empty if it does not exist. */
  Optional<InstanceBackup> find(String instance, String backup);

  /**
   * Makes a backup; LXD does the work in a background operation. When LXD chooses the name, {@code
   * handle.await().resourceNames("backups")} returns it.
   */
  OperationHandle create(String instance, BackupCreate request);

  /** Renames a backup. */
  OperationHandle rename(String instance, String backup, String newName);

  /** Deletes a backup. */
  OperationHandle delete(String instance, String backup);

  /**
   * Downloads a backup tarball ({@code GET .../backups/{name}/export}). The stream reads straight
   * from the connection; the caller must close it, which frees the connection. A silence of more
   * than five minutes while reading raises an {@link java.io.IOException}.
   *
   * @throws dev.lxdjava.core.LxdNotFoundException if the backup does not exist
   */
  InputStream export(String instance, String backup);

  /**
   * Creates an instance from a backup tarball, streaming {@code tarball} to LXD ({@code POST
   * /1.0/instances} with {@code Content-Type: application/octet-stream}). The stream is read to its
   * end but not closed; the caller closes it. LXD unpacks the tarball in a background operation
   * whose {@link dev.lxdjava.core.operation.Operation#findInstanceName()} names the new instance.
   */
  OperationHandle importBackup(InputStream tarball, BackupImport options);
}

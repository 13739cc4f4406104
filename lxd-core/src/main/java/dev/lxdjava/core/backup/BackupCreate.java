package dev.lxdjava.core.backup;

import dev.lxdjava.core.LxdValidationException;
import dev.lxdjava.core.Names;
import java.time.Instant;

/**
 * A request to back up an instance ({@code POST /1.0/instances/{name}/backups}). Start from {@link
 * #named(String)} or {@link #unnamed()} and add options with the {@code with…} methods.
 *
 * @param name backup name, valid by {@link Names#backup(String)}; empty lets LXD choose ({@code
 *     backup0}, {@code backup1}, ...), which the operation's resources then name
 * @param expiresAt when LXD deletes the backup, or {@code null} for never
 * @param instanceOnly leave out the instance's snapshots
 * @param optimizedStorage use the storage driver's own format; only a pool of the same driver can
 *     import it
 * @param compressionAlgorithm for example {@code gzip}, {@code zstd} or {@code none}; empty uses
 *     the server's {@code backups.compression_algorithm}. Needs the API extension {@code
 *     backup_compression_algorithm}.
 */
public record BackupCreate(
    String name,
    Instant expiresAt,
    boolean instanceOnly,
    boolean optimizedStorage,
    String compressionAlgorithm) {

  /** Checks the name and the compression algorithm; {@code null} strings become empty. */
  public BackupCreate {
    name = name == null ? "" : name;
    if (!name.isEmpty()) {
      Names.backup(name);
    }
    compressionAlgorithm = compressionAlgorithm == null ? "" : compressionAlgorithm.strip();
    if (!compressionAlgorithm.matches("[A-Za-z0-9_.-]*")) {
      throw new LxdValidationException(
          "compression algorithm",
          compressionAlgorithm,
          "must be a program name such as gzip, zstd or none");
    }
  }

  /** A backup with this name, snapshots included, in the server's default compression. */
  public static BackupCreate named(String name) {
    return new BackupCreate(Names.backup(name), null, false, false, "");
  }

  /** A backup whose name LXD chooses. */
  public static BackupCreate unnamed() {
    return new BackupCreate("", null, false, false, "");
  }

  /** The same request with an expiry time; {@code null} for never. */
  public BackupCreate withExpiresAt(Instant value) {
    return new BackupCreate(name, value, instanceOnly, optimizedStorage, compressionAlgorithm);
  }

  /** The same request, leaving out snapshots or not. */
  public BackupCreate withInstanceOnly(boolean value) {
    return new BackupCreate(name, expiresAt, value, optimizedStorage, compressionAlgorithm);
  }

  /** The same request, in the storage driver's own format or not. */
  public BackupCreate withOptimizedStorage(boolean value) {
    return new BackupCreate(name, expiresAt, instanceOnly, value, compressionAlgorithm);
  }

  /** The same request with a compression algorithm; empty for the server's default. */
  public BackupCreate withCompressionAlgorithm(String value) {
    return new BackupCreate(name, expiresAt, instanceOnly, optimizedStorage, value);
  }
}

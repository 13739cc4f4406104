package dev.lxdjava.core.storage;

/**
 * Space and inode use of a storage pool ({@code GET /1.0/storage-pools/{name}/resources}).
 *
 * @param space bytes used and available in total
 * @param inodes inodes used and available in total; zero when the driver does not report them
 */
public record StoragePoolResources(Usage space, Usage inodes) {

  public StoragePoolResources {
    space = space == null ? new Usage(0, 0) : space;
    inodes = inodes == null ? new Usage(0, 0) : inodes;
  }

  /**
   * Use of one resource.
   *
   * @param used amount in use
   * @param total amount available in total
   */
  public record Usage(long used, long total) {}
}

package dev.lxdjava.core.storage;

import dev.lxdjava.core.Tagged;
import java.util.List;
import java.util.Optional;

/**
 * LXD storage pools ({@code /1.0/storage-pools}). Pools belong to the whole daemon, not to a
 * project; requests still carry the view's project, which LXD uses to filter {@code used_by}. Names
 * are checked by {@link dev.lxdjava.core.Names#storagePool(String)} before any request. Every write
 * is synchronous in LXD and returns when it is done. Needs the API extension {@code storage}.
 *
 * <p>LXD cannot rename storage pools: there is no rename method.
 */
public interface StoragePools {

  /** Lists pool names (recursion 0). */
  List<String> names();

  /** Lists pools with recursion 1 in one request. */
  List<StoragePool> list();

  /**
   * Reads one pool.
   *
   * @throws dev.lxdjava.core.LxdNotFoundException if it does not exist
   */
  StoragePool get(String name);

  /**
   * Reads one pool with its ETag, for {@link #update} and {@link #patch}. LXD 5.0.2 checks {@code
   * If-Match} on pool updates but sends no ETag with the pool; the SDK then computes the value LXD
   * compares against (a SHA-256 over the pool's name, driver and configuration).
   */
  Tagged<StoragePool> getTagged(String name);

  /** Reads one pool, or returns empty if it does not exist. */
  Optional<StoragePool> find(String name);

  /** Creates a pool. */
  void create(StoragePoolCreate request);

  /**
   * Replaces the pool's description and configuration (PUT).
   *
   * @param etag from {@link #getTagged}; LXD rejects the update with {@link
   *     dev.lxdjava.core.LxdConflictException} (412) when the pool changed since. Empty sends no
   *     {@code If-Match}.
   */
  void update(String name, StoragePoolUpdate update, String etag);

  /**
   * Merges the non-null parts of {@code patch} into the pool (PATCH).
   *
   * @param etag as for {@link #update}
   */
  void patch(String name, StoragePoolUpdate patch, String etag);

  /**
   * Deletes a pool. LXD refuses while volumes or profiles use it.
   *
   * @throws dev.lxdjava.core.LxdApiException if LXD refuses
   */
  void delete(String name);

  /** Reads the pool's space and inode use. */
  StoragePoolResources resources(String name);
}

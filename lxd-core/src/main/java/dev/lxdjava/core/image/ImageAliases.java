package dev.lxdjava.core.image;

import dev.lxdjava.core.Tagged;
import java.util.List;
import java.util.Optional;

/**
 * Image aliases ({@code /1.0/images/aliases}) in one project. Names are checked by {@link
 * dev.lxdjava.core.Names#imageAlias(String)} before any request. Every write is synchronous in LXD.
 *
 * <p>There is no PATCH: LXD 5.0.2 keeps an alias PATCH waiting for 20 seconds and then fails it
 * with "context deadline exceeded". Use {@link #update}.
 */
public interface ImageAliases {

  /** Lists the aliases with recursion 1 in one request. */
  List<ImageAlias> list();

  /**
   * Reads one alias.
   *
   * @throws dev.lxdjava.core.LxdNotFoundException if it does not exist
   */
  ImageAlias get(String name);

  /** Reads one alias with its ETag, for {@link #update}. */
  Tagged<ImageAlias> getTagged(String name);

  /** Reads one alias, or returns empty if it does not exist. */
  Optional<ImageAlias> find(String name);

  /**
   * Creates an alias.
   *
   * @param target fingerprint of the image, valid by {@link
   *     dev.lxdjava.core.Names#imageFingerprint(String)}
   */
  void create(String name, String target, String description);

  /**
   * Points an alias at another image and replaces its description (PUT).
   *
   * @param etag from {@link #getTagged}, or empty to send no {@code If-Match}
   */
  void update(String name, String target, String description, String etag);

  /** Renames an alias. */
  void rename(String name, String newName);

  /** Deletes an alias; the image stays. */
  void delete(String name);
}

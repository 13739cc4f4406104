package dev.lxdjava.core.profile;

import dev.lxdjava.core.Tagged;
import java.util.List;
import java.util.Optional;

/**
 * LXD profiles ({@code /1.0/profiles}) in one project. Profiles belong to a project only when it
 * has {@code features.profiles=true}; otherwise LXD serves the {@code default} project's profiles
 * for it. Names are checked by {@link dev.lxdjava.core.Names#profile(String)} before any request.
 * Every write is synchronous in LXD and returns when it is done.
 */
public interface Profiles {

  /** Lists profile names (recursion 0). */
  List<String> names();

  /** Lists profiles with recursion 1 in one request. */
  List<Profile> list();

  /**
   * Reads one profile.
   *
   * @throws dev.lxdjava.core.LxdNotFoundException if it does not exist
   */
  Profile get(String name);

  /** Reads one profile with its ETag, for {@link #update} and {@link #patch}. */
  Tagged<Profile> getTagged(String name);

  /** Reads one profile, or returns empty if it does not exist. */
  Optional<Profile> find(String name);

  /** Creates a profile. */
  void create(ProfileCreate request);

  /**
   * Replaces a profile's description, configuration and devices (PUT). LXD applies the change to
   * the instances that use the profile.
   *
   * @param etag from {@link #getTagged}; LXD rejects the update with {@link
   *     dev.lxdjava.core.LxdConflictException} (412) when the profile changed since. Empty sends no
   *     {@code If-Match}.
   */
  void update(String name, ProfileUpdate update, String etag);

  /**
   * Merges the non-null parts of {@code patch} into a profile (PATCH).
   *
   * @param etag as for {@link #update}
   */
  void patch(String name, ProfileUpdate patch, String etag);

  /** Renames a profile. LXD refuses to rename {@code default}. */
  void rename(String name, String newName);

  /** Deletes a profile. LXD refuses to delete {@code default} and profiles instances use. */
  void delete(String name);
}

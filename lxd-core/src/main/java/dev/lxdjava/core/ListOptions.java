package dev.lxdjava.core;

/**
 * How a list is fetched: in one request with LXD's {@code recursion} level, optionally filtered on
 * LXD's side.
 *
 * @param recursion 1 returns the objects, 2 also embeds runtime state and related objects (for
 *     instances: state, snapshots and backups)
 * @param filter LXD filter expression such as {@code status eq Running}; empty for none
 */
public record ListOptions(int recursion, String filter) {
  /** Recursion 1, no filter. */
  public static final ListOptions DEFAULT = new ListOptions(1, "");

  public ListOptions {
    if (recursion != 1 && recursion != 2) {
      throw new LxdValidationException("recursion", String.valueOf(recursion), "must be 1 or 2");
    }
    filter = filter == null ? "" : filter.strip();
    for (int i = 0; i < filter.length(); i++) {
      if (filter.charAt(i) < 0x20) {
        throw new LxdValidationException("filter", filter, "must not contain control characters");
      }
    }
  }

  /** The same options with another filter. */
  public ListOptions withFilter(String newFilter) {
    return new ListOptions(recursion, newFilter);
  }

  /** The same options with recursion 2 (objects with their state). */
  public ListOptions withState() {
    return new ListOptions(2, filter);
  }
}

package dev.lxdjava.core.file;

import dev.lxdjava.core.LxdValidationException;

/**
 * Owner, permissions and write mode of a file written into an instance. Start from {@link
 * #defaults()} and change parts with the {@code with…} methods.
 *
 * @param uid owner's user id inside the instance, or -1 to let LXD choose (root, or the current
 *     owner of an existing file)
 * @param gid owner's group id inside the instance, or -1 to let LXD choose
 * @param mode permission bits from {@code 0} to {@code 0777} (write them in octal, such as {@code
 *     0640}), or -1 to let LXD choose ({@code 0644} for files, {@code 0755} for directories). LXD
 *     5.0.2 garbles the setuid, setgid and sticky bits, so they are rejected.
 * @param append append to an existing file instead of replacing it; needs the API extension {@code
 *     file_append}
 */
public record FilePush(int uid, int gid, int mode, boolean append) {
  /** Highest mode accepted: all permission bits, no setuid, setgid or sticky bit. */
  public static final int MAX_MODE = 0777;

  /** Checks that owner ids and mode are in range. */
  public FilePush {
    checkId("file owner uid", uid);
    checkId("file owner gid", gid);
    if (mode != -1 && (mode < 0 || mode > MAX_MODE)) {
      throw new LxdValidationException(
          "file mode", "0" + Integer.toOctalString(mode), "must be between 0 and 0777, or -1");
    }
  }

  private static void checkId(String field, int id) {
    if (id < -1) {
      throw new LxdValidationException(field, Integer.toString(id), "must be 0 or more, or -1");
    }
  }

  /** LXD's defaults: owner and mode chosen by LXD, existing files replaced. */
  public static FilePush defaults() {
    return new FilePush(-1, -1, -1, false);
  }

  /** The same options with an owner. */
  public FilePush withOwner(int newUid, int newGid) {
    return new FilePush(newUid, newGid, mode, append);
  }

  /** The same options with permission bits, for example {@code 0640}. */
  public FilePush withMode(int newMode) {
    return new FilePush(uid, gid, newMode, append);
  }

  /** The same options, appending to an existing file instead of replacing it. */
  public FilePush appending() {
    return new FilePush(uid, gid, mode, true);
  }
}

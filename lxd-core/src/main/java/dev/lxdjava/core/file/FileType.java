package dev.lxdjava.core.file;

import dev.lxdjava.core.LxdValidationException;
import java.util.Locale;

/** Kind of an entry in an instance's file system, as LXD's file API names it. */
public enum FileType {
  /** A regular file. */
  FILE,
  /** A directory. */
  DIRECTORY,
  /** A symbolic link. */
  SYMLINK;

  /** The name LXD uses in its type header, for example {@code directory}. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Maps LXD's name for the type.
   *
   * @throws LxdValidationException if the name is not {@code file}, {@code directory} or {@code
   *     symlink}
   */
  public static FileType fromWireName(String name) {
    for (FileType type : values()) {
      if (type.wireName().equals(name)) {
        return type;
      }
    }
    throw new LxdValidationException(
        "file type", String.valueOf(name), "must be 'file', 'directory' or 'symlink'");
  }
}

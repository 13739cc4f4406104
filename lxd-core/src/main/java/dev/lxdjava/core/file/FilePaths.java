package dev.lxdjava.core.file;

import dev.lxdjava.core.LxdValidationException;

/** The rule for paths inside an instance, checked before any request. */
public final class FilePaths {
  /** Longest path accepted, Linux's {@code PATH_MAX}. */
  public static final int MAX_LENGTH = 4096;

  private FilePaths() {}

  /**
   * Checks a path inside an instance: absolute, at most 4096 characters, no NUL character. Other
   * characters, including spaces, {@code ?}, {@code #}, {@code %} and non-ASCII letters, are
   * allowed, because the path travels percent-encoded in the query.
   *
   * @return the path unchanged
   */
  public static String check(String path) {
    String field = "instance file path";
    if (path == null || path.isEmpty()) {
      throw new LxdValidationException(field, String.valueOf(path), "must not be empty");
    }
    if (!path.startsWith("/")) {
      throw new LxdValidationException(field, path, "must be absolute (start with '/')");
    }
    if (path.length() > MAX_LENGTH) {
      throw new LxdValidationException(
          field, path, "must be at most " + MAX_LENGTH + " characters long");
    }
    if (path.indexOf('\0') >= 0) {
      throw new LxdValidationException(field, path, "must not contain the NUL character");
    }
    return path;
  }
}

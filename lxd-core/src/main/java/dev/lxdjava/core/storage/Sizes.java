package dev.lxdjava.core.storage;

import dev.lxdjava.core.LxdValidationException;
import java.util.regex.Pattern;

/** Checks byte sizes in the notation LXD parses, such as {@code 512MiB} or {@code 10GB}. */
final class Sizes {
  private static final Pattern SIZE =
      Pattern.compile("[0-9]+(B|kB|MB|GB|TB|PB|EB|KiB|MiB|GiB|TiB|PiB|EiB)?");

  private Sizes() {}

  static String check(String size) {
    if (size == null || !SIZE.matcher(size).matches()) {
      throw new LxdValidationException(
          "storage volume size",
          String.valueOf(size),
          "must be a whole number with an optional unit such as MiB, GiB, MB or GB");
    }
    return size;
  }
}

package dev.lxdjava.core.image;

import dev.lxdjava.core.LxdValidationException;
import java.nio.file.Path;

/**
 * The files of an image: one unified tarball ({@code metadata.yaml}, {@code templates/} and {@code
 * rootfs/} together), or a split image's metadata tarball plus its root file system (a tarball or
 * squashfs for containers, a disk image for virtual machines).
 *
 * @param main the unified tarball, or the metadata tarball of a split image
 * @param rootfs the root file system of a split image, or {@code null} for a unified one
 */
public record ImageFiles(Path main, Path rootfs) {

  public ImageFiles {
    if (main == null) {
      throw new LxdValidationException("image file", "null", "must be given");
    }
  }

  /** A unified image. */
  public static ImageFiles unified(Path tarball) {
    return new ImageFiles(tarball, null);
  }

  /** A split image. */
  public static ImageFiles split(Path metadata, Path rootfs) {
    if (rootfs == null) {
      throw new LxdValidationException("image root file system", "null", "must be given");
    }
    return new ImageFiles(metadata, rootfs);
  }

  /** Whether the image has a separate root file system. */
  public boolean isSplit() {
    return rootfs != null;
  }
}

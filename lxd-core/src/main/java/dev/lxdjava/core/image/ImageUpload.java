package dev.lxdjava.core.image;

import dev.lxdjava.core.LxdValidationException;
import dev.lxdjava.core.Names;
import java.util.Map;

/**
 * A request to upload an image from local files ({@code POST /1.0/images} with the files as the
 * body). The files are streamed, never read into memory.
 *
 * @param files the unified tarball, or metadata and root file system of a split image
 * @param isPublic whether untrusted clients may download the image
 * @param filename file name LXD keeps for export, or empty for LXD's choice
 * @param properties descriptive keys such as {@code os}; they override the image's metadata
 * @param fingerprint the expected fingerprint, or empty; LXD rejects an upload that does not match
 */
public record ImageUpload(
    ImageFiles files,
    boolean isPublic,
    String filename,
    Map<String, String> properties,
    String fingerprint) {

  public ImageUpload {
    if (files == null) {
      throw new LxdValidationException("image files", "null", "must be given");
    }
    filename = filename == null ? "" : filename;
    for (int i = 0; i < filename.length(); i++) {
      if (filename.charAt(i) < 0x20 || filename.charAt(i) > 0x7e) {
        throw new LxdValidationException(
            "image file name", filename, "must be printable ASCII (it travels in a header)");
      }
    }
    properties = properties == null ? Map.of() : Map.copyOf(properties);
    fingerprint = fingerprint == null ? "" : fingerprint;
    if (!fingerprint.isEmpty()) {
      Names.imageFingerprint(fingerprint);
    }
  }

  /** An upload of {@code files} with LXD's defaults: private, no extra properties. */
  public static ImageUpload of(ImageFiles files) {
    return new ImageUpload(files, false, "", Map.of(), "");
  }

  /** The same upload, public or private. */
  public ImageUpload withPublic(boolean value) {
    return new ImageUpload(files, value, filename, properties, fingerprint);
  }

  /** The same upload with these properties. */
  public ImageUpload withProperties(Map<String, String> value) {
    return new ImageUpload(files, isPublic, filename, value, fingerprint);
  }

  /** The same upload, checked by LXD against this fingerprint. */
  public ImageUpload withFingerprint(String value) {
    return new ImageUpload(files, isPublic, filename, properties, value);
  }
}

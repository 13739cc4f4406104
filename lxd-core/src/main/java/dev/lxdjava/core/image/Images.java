package dev.lxdjava.core.image;

import dev.lxdjava.core.LxdProtocolException;
import dev.lxdjava.core.Tagged;
import dev.lxdjava.core.operation.Operation;
import dev.lxdjava.core.operation.OperationHandle;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * LXD's image store ({@code /1.0/images}) in one project. Images belong to a project only when it
 * has {@code features.images=true}; otherwise LXD serves the {@code default} project's images for
 * it. Fingerprints (or unique prefixes) are checked by {@link
 * dev.lxdjava.core.Names#imageFingerprint(String)} before any request.
 *
 * <p>Copy, upload, publish and delete run as background operations; when one that creates an image
 * has succeeded, {@link #fingerprintOf(Operation)} reads the new image's fingerprint.
 */
public interface Images {

  /** Lists image fingerprints (recursion 0). */
  List<String> fingerprints();

  /** Lists images with recursion 1 in one request. */
  default List<Image> list() {
    return list("");
  }

  /**
   * Lists images with recursion 1 in one request, filtered on LXD's side (API extension {@code
   * api_filtering}).
   *
   * @param filter LXD filter expression such as {@code properties.os eq busybox}; empty for none
   */
  List<Image> list(String filter);

  /**
   * Reads one image.
   *
   * @param fingerprint the fingerprint or a unique prefix of it
   * @throws dev.lxdjava.core.LxdNotFoundException if it does not exist in this project
   */
  Image get(String fingerprint);

  /** Reads one image with its ETag, for {@link #update} and {@link #patch}. */
  Tagged<Image> getTagged(String fingerprint);

  /** Reads one image, or returns empty if it does not exist in this project. */
  Optional<Image> find(String fingerprint);

  /**
   * Replaces an image's public flag, auto-update flag, properties, profiles and expiry (PUT).
   *
   * @param etag from {@link #getTagged}; LXD rejects the update with {@link
   *     dev.lxdjava.core.LxdConflictException} (412) when the image changed since. Empty sends no
   *     {@code If-Match}.
   */
  void update(String fingerprint, ImageUpdate update, String etag);

  /**
   * Merges the non-null parts of {@code patch} into an image (PATCH).
   *
   * @param etag as for {@link #update}
   */
  void patch(String fingerprint, ImageUpdate patch, String etag);

  /** Deletes an image; LXD does the work in a background operation. */
  OperationHandle delete(String fingerprint);

  /** The image aliases of this project. */
  ImageAliases aliases();

  /**
   * Copies an image from a remote image server; LXD downloads it in a background operation. To copy
   * from an LXD server, the image must be public there, or the request must carry a secret.
   */
  OperationHandle copy(ImageCopy request);

  /**
   * Uploads an image from local files, streamed without buffering. LXD reads the whole body before
   * it answers, then unpacks the image in a background operation.
   *
   * @throws dev.lxdjava.core.LxdValidationException if a file cannot be read, before any request
   */
  OperationHandle upload(ImageUpload request);

  /**
   * Downloads an image into {@code directory}, streamed without buffering: one tarball for a
   * unified image, the metadata tarball and the root file system for a split one. Files are named
   * as LXD names them on export (for example {@code <fingerprint>.tar.gz} and {@code
   * meta-<fingerprint>.tar.gz}); names that are not plain file names are replaced by the
   * fingerprint. Existing files are replaced.
   */
  ImageFiles export(String fingerprint, Path directory);

  /** Publishes an instance or snapshot as an image; LXD builds it in a background operation. */
  OperationHandle publish(ImagePublish request);

  /**
   * The fingerprint of the image that a successful copy, upload or publish operation created, from
   * the operation's {@code metadata.fingerprint}.
   *
   * @throws LxdProtocolException if the operation's metadata holds no fingerprint
   */
  static String fingerprintOf(Operation completed) {
    Object fingerprint = completed.metadata().get("fingerprint");
    if (!(fingerprint instanceof String text) || text.isEmpty()) {
      throw new LxdProtocolException(
          "operation "
              + completed.id()
              + " ("
              + completed.description()
              + ") has no fingerprint in its metadata: "
              + completed.metadata());
    }
    return text;
  }
}

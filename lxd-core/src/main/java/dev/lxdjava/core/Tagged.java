package dev.lxdjava.core;

/**
 * An object together with the ETag LXD sent with it. Pass the ETag back on an update so LXD rejects
 * the update with 412 ({@link LxdConflictException#isPreconditionFailed()}) when someone changed
 * the object in between.
 *
 * @param value the object
 * @param etag LXD's {@code ETag} header, or empty when LXD sent none
 * @param <T> the object's type
 */
public record Tagged<T>(T value, String etag) {
  public Tagged {
    etag = etag == null ? "" : etag;
  }
}

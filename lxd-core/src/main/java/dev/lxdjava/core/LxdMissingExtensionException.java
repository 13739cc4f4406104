package dev.lxdjava.core;

/**
 * The daemon lacks an API extension that a method needs, so the SDK did not send the request. LXD
 * lists its extensions in {@code GET /1.0} ({@code api_extensions}); an older daemon lacks the
 * newer ones. Upgrading LXD, or avoiding the feature, is the fix.
 */
public class LxdMissingExtensionException extends LxdException {
  private static final long serialVersionUID = 1L;

  private final String extension;

  /**
   * Creates the error.
   *
   * @param extension the missing API extension, for example {@code file_delete}
   * @param daemon which daemon lacks it, for example {@code LXD 4.0.9}
   */
  public LxdMissingExtensionException(String extension, String daemon) {
    super(
        daemon
            + " does not support the API extension '"
            + extension
            + "', which this call needs: upgrade the daemon or avoid the feature");
    this.extension = extension;
  }

  /** The missing API extension. */
  public String extension() {
    return extension;
  }
}

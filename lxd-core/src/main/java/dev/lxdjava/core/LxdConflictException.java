package dev.lxdjava.core;

/**
 * LXD reported {@code error_code} 409 (the object already exists or is in the way) or 412 (the
 * {@code If-Match} ETag no longer matches, so someone changed the object since it was read).
 */
public class LxdConflictException extends LxdApiException {
  private static final long serialVersionUID = 1L;

  public LxdConflictException(int errorCode, String lxdMessage, String method, String path) {
    super(errorCode, lxdMessage, method, path);
  }

  /** Whether the conflict is a failed {@code If-Match} precondition (HTTP 412). */
  public boolean isPreconditionFailed() {
    return errorCode() == 412;
  }
}

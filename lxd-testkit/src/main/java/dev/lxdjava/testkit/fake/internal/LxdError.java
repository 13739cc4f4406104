package dev.lxdjava.testkit.fake.internal;

/**
 * An error the fake returns in LXD's error envelope, or the {@code err} of a failed operation when
 * thrown inside an operation. The code is LXD's {@code error_code}, which is also the HTTP status.
 */
public final class LxdError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int code;

  public LxdError(int code, String message) {
    super(message, null, false, false);
    this.code = code;
  }

  /** LXD's {@code error_code}. */
  public int code() {
    return code;
  }

  static LxdError badRequest(String message) {
    return new LxdError(400, message);
  }

  static LxdError forbidden(String message) {
    return new LxdError(403, message);
  }

  static LxdError notFound(String message) {
    return new LxdError(404, message);
  }

  static LxdError conflict(String message) {
    return new LxdError(409, message);
  }

  static LxdError internal(String message) {
    return new LxdError(500, message);
  }
}

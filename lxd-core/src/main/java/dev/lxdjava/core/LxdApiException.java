package dev.lxdjava.core;

/**
 * An error LXD reported for a request: its error envelope, or an operation that ended in failure.
 * The class follows LXD's {@code error_code}, not the HTTP status line, so a 404 always arrives as
 * {@link LxdNotFoundException}, whatever the transport.
 */
public class LxdApiException extends LxdException {
  private static final long serialVersionUID = 1L;

  private final int errorCode;
  private final String lxdMessage;
  private final String method;
  private final String path;

  /**
   * Creates the error.
   *
   * @param errorCode LXD's {@code error_code} (an HTTP status number)
   * @param lxdMessage LXD's {@code error} text, unchanged
   * @param method HTTP method of the failed request
   * @param path request path with its query, for example {@code /1.0/instances/c1?project=p1}
   */
  public LxdApiException(int errorCode, String lxdMessage, String method, String path) {
    super(describe(errorCode, lxdMessage, method, path));
    this.errorCode = errorCode;
    this.lxdMessage = lxdMessage == null ? "" : lxdMessage;
    this.method = method;
    this.path = path;
  }

  private static String describe(int errorCode, String lxdMessage, String method, String path) {
    return "LXD returned " + errorCode + " for " + method + " " + path + ": " + lxdMessage;
  }

  /** LXD's {@code error_code}: an HTTP status number such as 400, 404 or 409. */
  public int errorCode() {
    return errorCode;
  }

  /** LXD's error text, unchanged, for showing to users. */
  public String lxdMessage() {
    return lxdMessage;
  }

  /** HTTP method of the request that failed. */
  public String method() {
    return method;
  }

  /** Path and query of the request that failed. */
  public String path() {
    return path;
  }
}

package dev.lxdjava.core;

/**
 * LXD reported {@code error_code} 401 or 403: the client is not trusted, or its certificate is
 * restricted to other projects.
 */
public class LxdForbiddenException extends LxdApiException {
  private static final long serialVersionUID = 1L;

  public LxdForbiddenException(int errorCode, String lxdMessage, String method, String path) {
    super(errorCode, lxdMessage, method, path);
  }
}

package dev.lxdjava.core;

/** LXD reported {@code error_code} 404: the object, or its project, does not exist. */
public class LxdNotFoundException extends LxdApiException {
  private static final long serialVersionUID = 1L;

  public LxdNotFoundException(String lxdMessage, String method, String path) {
    super(404, lxdMessage, method, path);
  }
}

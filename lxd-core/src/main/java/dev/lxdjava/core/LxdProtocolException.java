package dev.lxdjava.core;

/**
 * LXD answered, but the reply is not what its REST API defines: not JSON, no envelope, or a field
 * of the wrong type. Usually a proxy in the way or a daemon version this SDK does not know.
 */
public class LxdProtocolException extends LxdException {
  private static final long serialVersionUID = 1L;

  public LxdProtocolException(String message) {
    super(message);
  }

  public LxdProtocolException(String message, Throwable cause) {
    super(message, cause);
  }
}

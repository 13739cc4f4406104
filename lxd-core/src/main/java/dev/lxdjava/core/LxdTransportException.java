package dev.lxdjava.core;

/**
 * LXD could not be reached or the connection broke: socket missing, connection refused, TLS
 * handshake failed, or a request timed out on the client side. No LXD error envelope was read.
 */
public class LxdTransportException extends LxdException {
  private static final long serialVersionUID = 1L;

  public LxdTransportException(String message, Throwable cause) {
    super(message, cause);
  }

  public LxdTransportException(String message) {
    super(message);
  }
}

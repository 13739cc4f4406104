package dev.lxdjava.core;

/**
 * Root of every error the SDK raises. Unchecked, so callers catch only the subclasses they can
 * handle: {@link LxdApiException} for errors LXD reported, {@link LxdTransportException} when LXD
 * could not be reached, {@link LxdProtocolException} for replies the SDK cannot read, and {@link
 * LxdValidationException} for input rejected before any request was sent.
 */
public abstract class LxdException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  protected LxdException(String message) {
    super(message);
  }

  protected LxdException(String message, Throwable cause) {
    super(message, cause);
  }
}

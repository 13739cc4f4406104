package dev.lxdjava.server.http;

import java.nio.charset.StandardCharsets;

/**
 * Close codes of the gateway's WebSockets. Errors use 4000 plus the HTTP status the same error has
 * on the HTTP API ({@code 4401} unauthenticated, {@code 4403} role too low, {@code 4404} instance
 * not found, {@code 4400} invalid message, {@code 4408} no start message in time, {@code
 * 4502}/{@code 4503} LXD failed or unreachable), so one table explains both. Codes 4000 to 4999 are
 * reserved for applications by RFC 6455.
 */
public final class WsClosing {
  /** The session ended normally, after the final message. */
  public static final int NORMAL = 1000;

  /** The gateway is shutting down. */
  public static final int GOING_AWAY = 1001;

  /** Offset added to an HTTP status to form an error close code. */
  public static final int STATUS_OFFSET = 4000;

  /** Maximum close reason RFC 6455 allows, in UTF-8 bytes. */
  static final int MAX_REASON_BYTES = 123;

  private WsClosing() {}

  /** Returns the close code for an HTTP status. */
  public static int code(int httpStatus) {
    return STATUS_OFFSET + httpStatus;
  }

  /** Cuts a reason to what fits in a close frame, at a character boundary. */
  public static String reason(String text) {
    String reason = text == null ? "" : text;
    while (reason.getBytes(StandardCharsets.UTF_8).length > MAX_REASON_BYTES) {
      reason = reason.substring(0, reason.length() - 1);
    }
    return reason;
  }
}

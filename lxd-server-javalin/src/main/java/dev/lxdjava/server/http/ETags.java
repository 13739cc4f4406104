package dev.lxdjava.server.http;

import dev.lxdjava.core.Tagged;
import io.javalin.http.Context;

/** LXD's ETags passed through the gateway: out in {@code ETag}, back in {@code If-Match}. */
public final class ETags {
  private ETags() {}

  /** Writes the object as JSON with LXD's ETag in the {@code ETag} header, when LXD sent one. */
  public static void send(Context ctx, Tagged<?> tagged) {
    if (!tagged.etag().isEmpty()) {
      ctx.header("ETag", tagged.etag());
    }
    JsonReplies.send(ctx, UsedBy.readable(ctx, tagged.value()));
  }

  /**
   * Reads the client's {@code If-Match} header for an update, or empty when absent.
   *
   * @throws ApiException 400 if the header holds control characters or is over 256 characters
   */
  public static String ifMatch(Context ctx) {
    String value = ctx.header("If-Match");
    if (value == null) {
      return "";
    }
    value = value.strip();
    if (value.length() > 256 || value.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
      throw ApiException.badRequest(
          "header If-Match must be an ETag from a GET: at most 256 characters, no control"
              + " characters");
    }
    return value;
  }
}

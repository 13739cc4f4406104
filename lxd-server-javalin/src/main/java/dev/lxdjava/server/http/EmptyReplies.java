package dev.lxdjava.server.http;

import io.javalin.http.Context;

/**
 * Removes the {@code Content-Type} header from replies without a body, such as a 204 or a 201 that
 * only sets the status, because Javalin gives every reply its default {@code text/plain}.
 */
public final class EmptyReplies {
  private EmptyReplies() {}

  /**
   * Drops the content type of a 201 or 204 reply without a result; runs after every route. Other
   * statuses keep it, because downloads write their body straight to the servlet stream.
   */
  public static void dropContentType(Context ctx) {
    int status = ctx.statusCode();
    if ((status == 201 || status == 204) && ctx.resultInputStream() == null) {
      ctx.res().setContentType(null);
      ctx.res().setHeader("Content-Type", null);
    }
  }
}

package dev.lxdjava.server.routes;

import dev.lxdjava.server.http.Downloads;
import dev.lxdjava.server.http.RequestIds;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Copies streams from LXD to the client, 64 KiB at a time, so a download of any size keeps one
 * buffer in memory. The caller opens the LXD stream first: an LXD error raised before that becomes
 * a problem reply, because nothing has been sent yet. A failure after the first byte aborts the
 * connection, so the client sees a cut transfer instead of a complete 200.
 */
final class Streams {
  private static final Logger LOG = LoggerFactory.getLogger(Streams.class);
  private static final int BUFFER_BYTES = 64 * 1024;

  private Streams() {}

  /** Sends {@code content} as the body with {@code contentType}, then closes it. */
  static void send(Context ctx, InputStream content, String contentType) {
    copy(ctx, content, contentType, null);
  }

  /**
   * Sends {@code content} as a download named {@code fileName} (see {@link Downloads}), then closes
   * it.
   */
  static void download(Context ctx, InputStream content, String contentType, String fileName) {
    copy(ctx, content, contentType, fileName);
  }

  private static void copy(Context ctx, InputStream content, String contentType, String fileName) {
    long sent = 0;
    try (InputStream source = content) {
      ctx.status(200);
      ctx.contentType(contentType);
      if (fileName != null) {
        Downloads.attachment(ctx, fileName);
      }
      if (ctx.method() == HandlerType.HEAD) {
        // HEAD runs the GET handler; a tarball must not be read from LXD only to be dropped.
        return;
      }
      // The servlet's own stream, because Javalin's result stream may buffer for compression.
      OutputStream out = ctx.res().getOutputStream();
      byte[] buffer = new byte[BUFFER_BYTES];
      int read;
      while ((read = source.read(buffer)) >= 0) {
        out.write(buffer, 0, read);
        sent += read;
      }
      out.flush();
    } catch (IOException e) {
      if (!ctx.res().isCommitted()) {
        throw new UncheckedIOException("copying the reply from LXD failed: " + e.getMessage(), e);
      }
      LOG.error(
          "download {} failed after {} bytes, aborting the connection (request {}): {}",
          ctx.path(),
          sent,
          RequestIds.of(ctx),
          e.getMessage());
      ServletContextRequest.getServletContextRequest(ctx.req()).getServletChannel().abort(e);
    }
  }
}

package dev.lxdjava.transport.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lxdjava.core.LxdException;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import org.eclipse.jetty.client.Response;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.websocket.api.exceptions.UpgradeException;

/**
 * The reply of one WebSocket upgrade that LXD may refuse. LXD checks some requests, such as the
 * project of {@code /1.0/events}, before it upgrades, and answers with an ordinary error envelope
 * (LXD 5.0.2 sends 500 "Project not found" for an unknown project). Jetty reports only the status;
 * this keeps the body, so the refusal becomes the same typed error as on a REST request.
 */
final class RefusedUpgrade {
  /** Bytes kept of a refusal's body; LXD's error envelopes are far smaller. */
  static final int MAX_BODY = 64 * 1024;

  private static final ObjectMapper JSON = new ObjectMapper();

  private final LxdPath path;
  private final ByteArrayOutputStream body = new ByteArrayOutputStream();

  RefusedUpgrade(LxdPath path) {
    this.path = path;
  }

  /** Keeps the content of a reply that is not the upgrade. */
  void append(Response response, ByteBuffer content) {
    if (response.getStatus() == 101) {
      return;
    }
    synchronized (body) {
      int length = Math.min(content.remaining(), MAX_BODY - body.size());
      byte[] bytes = new byte[Math.max(0, length)];
      content.duplicate().get(bytes);
      body.write(bytes, 0, bytes.length);
    }
  }

  /**
   * Returns LXD's typed error when {@code failure} is an upgrade that LXD rejected with an error
   * status, else {@code failure} unchanged.
   */
  Throwable error(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      int status = status(cause);
      if (status >= 400) {
        return decode(status, failure);
      }
    }
    return failure;
  }

  /** Returns the reply status of an upgrade failure (Jetty's API and core each have one), or 0. */
  private static int status(Throwable cause) {
    if (cause instanceof UpgradeException refused) {
      return refused.getResponseStatusCode();
    }
    if (cause instanceof org.eclipse.jetty.websocket.core.exception.UpgradeException refused) {
      return refused.getResponseStatusCode();
    }
    return 0;
  }

  private Throwable decode(int status, Throwable failure) {
    byte[] content;
    synchronized (body) {
      content = body.toByteArray();
    }
    try {
      Envelopes.decode(JSON, "GET", path.toString(), status, content, HttpFields.EMPTY);
    } catch (LxdException lxd) {
      lxd.addSuppressed(failure);
      return lxd;
    }
    return failure;
  }
}

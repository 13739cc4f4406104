package dev.lxdjava.server.routes;

import dev.lxdjava.core.operation.LxdOperationTimeoutException;
import dev.lxdjava.core.operation.Operation;
import dev.lxdjava.core.operation.OperationHandle;
import dev.lxdjava.server.http.AuditTrail;
import dev.lxdjava.server.http.Params;
import dev.lxdjava.server.http.QueryParams;
import io.javalin.http.Context;
import java.time.Duration;

/**
 * Answers requests that started an LXD operation: 202 with an operation reference, or with {@code
 * ?wait=true} the final operation (200) once it succeeded. A failed operation raises its typed
 * error and becomes a 4xx problem; one still running after {@link #MAX_WAIT} falls back to 202 so
 * the client can keep waiting through {@code wait_url}.
 */
public final class AsyncReplies {
  /** Longest time a request with {@code wait=true} is held open. */
  public static final Duration MAX_WAIT = Duration.ofSeconds(120);

  private AsyncReplies() {}

  /** Writes the reply for an operation the request started. */
  public static void respond(Context ctx, OperationHandle handle) {
    AuditTrail.operation(ctx, handle);
    if (!Params.bool(ctx, QueryParams.WAIT)) {
      accepted(ctx, handle);
      return;
    }
    try {
      Operation finished = handle.await(MAX_WAIT);
      ctx.status(200).json(OperationJson.operation(finished));
    } catch (LxdOperationTimeoutException stillRunning) {
      accepted(ctx, handle);
    }
  }

  private static void accepted(Context ctx, OperationHandle handle) {
    ctx.status(202).json(OperationJson.reference(handle));
  }
}

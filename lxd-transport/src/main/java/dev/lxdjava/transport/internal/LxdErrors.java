package dev.lxdjava.transport.internal;

import dev.lxdjava.core.LxdApiException;
import dev.lxdjava.core.LxdConflictException;
import dev.lxdjava.core.LxdForbiddenException;
import dev.lxdjava.core.LxdNotFoundException;
import dev.lxdjava.core.operation.LxdOperationNotFoundException;

/** Chooses the typed error for an LXD error envelope, in one place. */
final class LxdErrors {
  private LxdErrors() {}

  static LxdApiException fromEnvelope(int errorCode, String message, String method, String path) {
    return switch (errorCode) {
      case 404 -> notFound(message, method, path);
      case 409, 412 -> new LxdConflictException(errorCode, message, method, path);
      case 401, 403 -> new LxdForbiddenException(errorCode, message, method, path);
      default -> new LxdApiException(errorCode, message, method, path);
    };
  }

  private static LxdNotFoundException notFound(String message, String method, String path) {
    LxdPath parsed = LxdPath.parse(path);
    String[] segments = parsed.pathOnly().split("/");
    // /1.0/operations/{id} and /1.0/operations/{id}/wait
    if (segments.length >= 4 && segments[2].equals("operations")) {
      return new LxdOperationNotFoundException(LxdPath.decode(segments[3]), message, method, path);
    }
    return new LxdNotFoundException(message, method, path);
  }
}

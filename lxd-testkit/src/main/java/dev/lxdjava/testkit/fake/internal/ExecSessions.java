package dev.lxdjava.testkit.fake.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The exec and console sessions by operation id, for WebSocket connects and instance stops. */
final class ExecSessions {
  /** A WebSocket that may join a session: which session and which fd. */
  record Attachment(ExecSession session, String fd) {}

  private final Map<String, ExecSession> byOperation = new ConcurrentHashMap<>();

  void add(ExecSession session) {
    byOperation.put(session.operation.id(), session);
  }

  void remove(ExecSession session) {
    byOperation.remove(session.operation.id(), session);
  }

  /**
   * Resolves {@code GET /1.0/operations/{id}/websocket?secret=S}.
   *
   * @throws LxdError with LXD 5.0's codes and messages: 404 for an unknown operation, 500 for a
   *     missing or wrong secret
   */
  Attachment connect(Operations operations, String operationId, String secret) {
    if (operations.find(operationId).isEmpty()) {
      throw LxdError.notFound("Operation not found");
    }
    if (secret.isEmpty()) {
      throw LxdError.internal("missing secret");
    }
    ExecSession session = byOperation.get(operationId);
    if (session != null) {
      for (Map.Entry<String, String> fd : session.secrets.entrySet()) {
        if (fd.getValue().equals(secret)) {
          return new Attachment(session, fd.getKey());
        }
      }
    }
    throw LxdError.internal("permission denied");
  }

  /** Kills the processes of an instance that stops. */
  void killAll(Instance instance) {
    for (ExecSession session : byOperation.values()) {
      if (session.instance == instance) {
        session.kill();
      }
    }
  }
}

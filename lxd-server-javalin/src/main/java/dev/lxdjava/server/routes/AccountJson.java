package dev.lxdjava.server.routes;

import dev.lxdjava.auth.ApiKey;
import dev.lxdjava.auth.AuditEvent;
import dev.lxdjava.auth.Grant;
import dev.lxdjava.auth.User;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON shapes of accounts, grants, API keys and audit events. Never a hash or a secret. */
final class AccountJson {
  private AccountJson() {}

  static Map<String, Object> user(User user) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("id", user.id());
    body.put("username", user.username());
    body.put("role", user.role().wireName());
    body.put("kind", user.kind().wireName());
    body.put("active", user.active());
    body.put("created_at", user.createdAt());
    body.put("updated_at", user.updatedAt());
    body.put("last_login_at", user.lastLoginAt());
    return body;
  }

  /** The caller's own account with its project grants. */
  static Map<String, Object> me(User user, List<Grant> grants) {
    Map<String, Object> body = user(user);
    body.put(
        "grants",
        grants.stream()
            .map(g -> Map.of("project", g.project(), "role", g.role().wireName()))
            .toList());
    return body;
  }

  static Map<String, Object> grant(Grant grant) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("username", grant.username());
    body.put("project", grant.project());
    body.put("role", grant.role().wireName());
    body.put("created_at", grant.createdAt());
    return body;
  }

  static Map<String, Object> apiKey(ApiKey key) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("name", key.name());
    body.put("role", key.role().wireName());
    body.put("prefix", key.prefix());
    body.put("created_by", key.createdBy());
    body.put("created_at", key.createdAt());
    body.put("expires_at", key.expiresAt());
    body.put("last_used_at", key.lastUsedAt());
    return body;
  }

  static Map<String, Object> auditEvent(AuditEvent event) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("id", event.id());
    body.put("time", event.time());
    body.put("action", event.action());
    body.put("outcome", event.outcome().wireName());
    body.put("status", event.status());
    body.put("user_id", event.userId());
    body.put("username", event.username());
    body.put("client_ip", event.clientIp());
    body.put("request_id", event.requestId());
    body.put("method", event.method());
    body.put("route", event.route());
    body.put("project", event.project());
    body.put("target", event.target());
    body.put("operation_id", event.operationId());
    body.put("detail", event.detail());
    return body;
  }
}

package dev.lxdjava.server.routes;

import dev.lxdjava.server.http.QueryParam;
import dev.lxdjava.server.http.QueryParams;
import dev.lxdjava.server.openapi.RouteDoc;
import dev.lxdjava.server.openapi.Shape;

/** Documentation of the audit trail route and its filters. */
final class AuditDocs {
  private AuditDocs() {}

  static final QueryParam USER = QueryParam.text("user", "Only events of this account, any case.");

  static final QueryParam PROJECT =
      QueryParam.name("project", "Only events in this LXD project; all when absent.", "");

  static final QueryParam SINCE =
      QueryParam.instant("since", "Only events at or after this ISO-8601 instant.");

  static final QueryParam UNTIL =
      QueryParam.instant("until", "Only events before this ISO-8601 instant.");

  static final QueryParam OUTCOME =
      QueryParam.choice("outcome", "Only events of this outcome.", "success", "denied", "failure");

  static final QueryParam ACTION =
      QueryParam.text(
          "action",
          "Only events of this action: `request`, `login`, `refresh`, `logout`,"
              + " `password-change` or `websocket`.");

  static final RouteDoc LIST =
      RouteDoc.builder("audit", "List audit events")
          .description(
              "The audit trail, newest first: every state-changing request, every login, refresh"
                  + " and logout, every 401, 403 and 429, and WebSocket upgrades. It never holds"
                  + " passwords, tokens, bodies or query strings.")
          .query(
              USER, PROJECT, SINCE, UNTIL, OUTCOME, ACTION, QueryParams.LIMIT, QueryParams.OFFSET)
          .json(200, "A page of audit events", Shape.pageOf(AccountShapes.AUDIT_EVENT))
          .build();
}

package dev.lxdjava.server.routes;

import dev.lxdjava.auth.AuditEvent;
import dev.lxdjava.auth.AuditOutcome;
import dev.lxdjava.auth.AuditQuery;
import dev.lxdjava.auth.AuthService;
import dev.lxdjava.auth.ResultPage;
import dev.lxdjava.server.http.Access;
import dev.lxdjava.server.http.Params;
import dev.lxdjava.server.http.Router;
import io.javalin.http.Context;

/** The audit trail, newest first, for global admins: {@code GET /api/v1/audit}. */
public final class AuditRoutes {
  private final AuthService auth;

  public AuditRoutes(AuthService auth) {
    this.auth = auth;
  }

  /** Registers the routes. */
  public void register(Router router) {
    router.get("/api/v1/audit", Access.ADMIN, AuditDocs.LIST, this::list);
  }

  /**
   * Filters by the parameters of {@link AuditDocs}, paged with {@code limit} and {@code offset}.
   */
  private void list(Context ctx) {
    Page page = Page.of(ctx);
    String outcome = Params.value(ctx, AuditDocs.OUTCOME);
    AuditQuery query =
        new AuditQuery(
            emptyToNull(Params.value(ctx, AuditDocs.USER)),
            emptyToNull(Params.value(ctx, AuditDocs.PROJECT)),
            Params.instant(ctx, AuditDocs.SINCE),
            Params.instant(ctx, AuditDocs.UNTIL),
            outcome.isEmpty() ? null : AuditOutcome.fromWireName(outcome),
            emptyToNull(Params.value(ctx, AuditDocs.ACTION)));
    ResultPage<AuditEvent> events = auth.audit().find(query, page.limit(), page.offset());
    ctx.json(
        page.reply(events.items().stream().map(AccountJson::auditEvent).toList(), events.total()));
  }

  private static String emptyToNull(String value) {
    return value.isEmpty() ? null : value;
  }
}

package dev.lxdjava.server.routes;

import dev.lxdjava.auth.AuditEvent;
import dev.lxdjava.auth.AuditOutcome;
import dev.lxdjava.auth.AuditQuery;
import dev.lxdjava.auth.AuthService;
import dev.lxdjava.auth.ResultPage;
import dev.lxdjava.core.Names;
import dev.lxdjava.server.http.Access;
import dev.lxdjava.server.http.ApiException;
import dev.lxdjava.server.http.Params;
import dev.lxdjava.server.http.Router;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/** The audit trail, newest first, for global admins: {@code GET /api/v1/audit}. */
public final class AuditRoutes {
  private final AuthService auth;

  public AuditRoutes(AuthService auth) {
    this.auth = auth;
  }

  /** Registers the routes. */
  public void register(Router router) {
    router.get("/api/v1/audit", Access.ADMIN, this::list);
  }

  /**
   * Filters: {@code user}, {@code project}, {@code since} and {@code until} (ISO-8601 instants,
   * {@code until} exclusive), {@code outcome} ({@code success}, {@code denied}, {@code failure}),
   * {@code action}; paged with {@code limit} and {@code offset}.
   */
  private void list(Context ctx) {
    Page page = Page.of(ctx);
    String project = Params.text(ctx, "project");
    String outcome = Params.text(ctx, "outcome");
    AuditQuery query =
        new AuditQuery(
            emptyToNull(Params.text(ctx, "user")),
            project.isEmpty() ? null : Names.segment("project name", project),
            instant(ctx, "since"),
            instant(ctx, "until"),
            outcome.isEmpty() ? null : AuditOutcome.fromWireName(outcome),
            emptyToNull(Params.text(ctx, "action")));
    ResultPage<AuditEvent> events = auth.audit().find(query, page.limit(), page.offset());
    ctx.json(
        page.reply(events.items().stream().map(AccountJson::auditEvent).toList(), events.total()));
  }

  private static Instant instant(Context ctx, String name) {
    String value = Params.text(ctx, name);
    if (value.isEmpty()) {
      return null;
    }
    try {
      return Instant.parse(value);
    } catch (DateTimeParseException e) {
      throw ApiException.badRequest(
          "query parameter '"
              + name
              + "'='"
              + value
              + "' must be an ISO-8601 instant such as 2030-01-31T00:00:00Z");
    }
  }

  private static String emptyToNull(String value) {
    return value.isEmpty() ? null : value;
  }
}

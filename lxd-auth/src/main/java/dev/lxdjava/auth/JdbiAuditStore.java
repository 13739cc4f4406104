package dev.lxdjava.auth;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;

/** {@link AuditStore} in SQL through Jdbi. */
public final class JdbiAuditStore implements AuditStore {
  private final Jdbi jdbi;

  public JdbiAuditStore(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public void record(AuditEvent event) {
    jdbi.useHandle(
        handle ->
            handle.execute(
                "INSERT INTO audit_events (occurred_at, action, user_id, username, client_ip,"
                    + " request_id, method, route, project, target, status, outcome, operation_id,"
                    + " detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                event.time().toEpochMilli(),
                event.action(),
                event.userId(),
                event.username(),
                event.clientIp(),
                event.requestId(),
                event.method(),
                event.route(),
                event.project(),
                event.target(),
                event.status(),
                event.outcome().wireName(),
                event.operationId(),
                event.detail()));
  }

  @Override
  public ResultPage<AuditEvent> find(AuditQuery query, int limit, int offset) {
    List<String> clauses = new ArrayList<>();
    List<Object> values = new ArrayList<>();
    if (query.username() != null) {
      clauses.add("username = ? COLLATE NOCASE");
      values.add(query.username());
    }
    if (query.project() != null) {
      clauses.add("project = ?");
      values.add(query.project());
    }
    if (query.since() != null) {
      clauses.add("occurred_at >= ?");
      values.add(query.since().toEpochMilli());
    }
    if (query.until() != null) {
      clauses.add("occurred_at < ?");
      values.add(query.until().toEpochMilli());
    }
    if (query.outcome() != null) {
      clauses.add("outcome = ?");
      values.add(query.outcome().wireName());
    }
    if (query.action() != null) {
      clauses.add("action = ?");
      values.add(query.action());
    }
    String where = clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
    return jdbi.withHandle(
        handle -> {
          Query page =
              handle.createQuery(
                  "SELECT * FROM audit_events" + where + " ORDER BY id DESC LIMIT ? OFFSET ?");
          Query count = handle.createQuery("SELECT COUNT(*) FROM audit_events" + where);
          for (int i = 0; i < values.size(); i++) {
            page.bind(i, values.get(i));
            count.bind(i, values.get(i));
          }
          page.bind(values.size(), limit).bind(values.size() + 1, offset);
          return new ResultPage<>(
              page.map((rs, ctx) -> event(rs)).list(), count.mapTo(Long.class).one());
        });
  }

  @Override
  public int deleteOlderThan(Instant cutoff) {
    return jdbi.withHandle(
        handle ->
            handle.execute(
                "DELETE FROM audit_events WHERE occurred_at < ?", cutoff.toEpochMilli()));
  }

  private static AuditEvent event(ResultSet rs) throws SQLException {
    long userId = rs.getLong("user_id");
    boolean noUser = rs.wasNull();
    return new AuditEvent(
        rs.getLong("id"),
        Instant.ofEpochMilli(rs.getLong("occurred_at")),
        rs.getString("action"),
        noUser ? null : userId,
        rs.getString("username"),
        rs.getString("client_ip"),
        rs.getString("request_id"),
        rs.getString("method"),
        rs.getString("route"),
        rs.getString("project"),
        rs.getString("target"),
        rs.getInt("status"),
        rs.getString("operation_id"),
        rs.getString("detail"));
  }
}

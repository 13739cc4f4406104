package dev.lxdjava.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditStoreTest {
  private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

  @TempDir Path dir;
  private AuditStore audit;

  @BeforeEach
  void openStore() {
    audit = new JdbiAuditStore(Database.open("jdbc:sqlite:" + dir.resolve("audit.db")));
    audit.record(event(T0, "alice", "staging", 202));
    audit.record(event(T0.plusSeconds(60), "bob", "prod", 403));
    audit.record(event(T0.plusSeconds(120), "Alice", "prod", 500));
  }

  private static AuditEvent event(Instant time, String user, String project, int status) {
    return new AuditEvent(
        0,
        time,
        "request",
        1L,
        user,
        "10.0.0.1",
        "req-1",
        "POST",
        "/api/v1/instances",
        project,
        "instances/web1",
        status,
        null,
        null);
  }

  @Test
  void findsNewestFirstWithTotal() {
    ResultPage<AuditEvent> page = audit.find(AuditQuery.ALL, 2, 0);

    assertThat(page.total()).isEqualTo(3);
    assertThat(page.items()).extracting(AuditEvent::status).containsExactly(500, 403);
  }

  @Test
  void filtersByUserIgnoringCase() {
    var query = new AuditQuery("ALICE", null, null, null, null, null);

    assertThat(audit.find(query, 10, 0).items())
        .extracting(AuditEvent::status)
        .containsExactly(500, 202);
  }

  @Test
  void filtersByProjectAndOutcome() {
    var query = new AuditQuery(null, "prod", null, null, AuditOutcome.DENIED, null);

    assertThat(audit.find(query, 10, 0).items())
        .extracting(AuditEvent::username)
        .containsExactly("bob");
  }

  @Test
  void filtersByTimeRange() {
    var query = new AuditQuery(null, null, T0.plusSeconds(30), T0.plusSeconds(120), null, null);

    assertThat(audit.find(query, 10, 0).items())
        .extracting(AuditEvent::username)
        .containsExactly("bob");
  }

  @Test
  void retentionDeletesOlderRows() {
    int deleted = audit.deleteOlderThan(T0.plusSeconds(90));

    assertThat(deleted).isEqualTo(2);
    assertThat(audit.find(AuditQuery.ALL, 10, 0).total()).isEqualTo(1);
  }

  @Test
  void housekeepingUsesRetentionDays() {
    MutableClock clock = new MutableClock(T0.plus(Duration.ofDays(30)).plusSeconds(90));
    AuthStores stores = AuthStores.jdbi(Database.open("jdbc:sqlite:" + dir.resolve("audit.db")));

    Housekeeping.Result result = new Housekeeping(stores, Duration.ofDays(30), clock).run();

    assertThat(result.auditEvents()).isEqualTo(2);
  }

  @Test
  void outcomeFollowsStatus() {
    assertThat(AuditOutcome.of(201)).isEqualTo(AuditOutcome.SUCCESS);
    assertThat(AuditOutcome.of(401)).isEqualTo(AuditOutcome.DENIED);
    assertThat(AuditOutcome.of(429)).isEqualTo(AuditOutcome.DENIED);
    assertThat(AuditOutcome.of(404)).isEqualTo(AuditOutcome.FAILURE);
  }
}

package dev.lxdjava.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lxdjava.auth.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * 100 logins at once over HTTP. Each writes a session, a refresh token, the last-login time and an
 * audit row to one SQLite file; none may fail with "database is locked".
 */
class GatewayConcurrentLoginTest {
  private static final int LOGINS = 100;

  private static GatewayHarness gateway;

  @BeforeAll
  static void startGateway() throws Exception {
    gateway =
        GatewayHarness.startWithoutLxd(
            Map.of("RATE_LIMIT_LOGIN_PER_IP", "1000", "RATE_LIMIT_LOGIN_PER_USER", "1000"));
  }

  @AfterAll
  static void stopGateway() throws Exception {
    gateway.close();
  }

  @Test
  void hundredConcurrentLoginsAllSucceed() throws Exception {
    List<String> passwords = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      passwords.add(gateway.createUser("many" + i, Role.VIEWER));
    }
    ExecutorService pool = Executors.newFixedThreadPool(LOGINS);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Integer>> statuses = new ArrayList<>();

    for (int i = 0; i < LOGINS; i++) {
      int user = i % 10;
      statuses.add(
          pool.submit(
              () -> {
                start.await();
                return gateway
                    .send(
                        "POST",
                        "/api/v1/auth/login",
                        null,
                        Map.of("username", "many" + user, "password", passwords.get(user)))
                    .status();
              }));
    }
    start.countDown();
    List<Integer> results = new ArrayList<>();
    for (Future<Integer> status : statuses) {
      results.add(status.get(3, TimeUnit.MINUTES));
    }
    pool.shutdown();

    assertThat(results).hasSize(LOGINS).containsOnly(200);
    var audit =
        gateway.send(
            "GET",
            "/api/v1/audit?action=login&outcome=success",
            gateway.login(GatewayHarness.ADMIN, GatewayHarness.ADMIN_PASSWORD),
            null);
    assertThat(audit.json().get("total").asInt()).isGreaterThanOrEqualTo(LOGINS);
  }
}

package dev.lxdjava.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Many logins at once against one SQLite file: every write waits its turn, none fails. */
class ConcurrentLoginTest {
  private static final int LOGINS = 100;

  @TempDir Path dir;

  @Test
  void hundredConcurrentLoginsAllSucceed() throws Exception {
    AuthService auth = new AuthFixture(dir).service();
    for (int i = 0; i < 10; i++) {
      auth.createUser("user" + i, "user-password-" + i + "-long", Role.VIEWER);
    }
    ExecutorService pool = Executors.newFixedThreadPool(LOGINS);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<String>> results = new ArrayList<>();

    for (int i = 0; i < LOGINS; i++) {
      int user = i % 10;
      results.add(
          pool.submit(
              () -> {
                start.await();
                var login =
                    auth.login("user" + user, "user-password-" + user + "-long", "10.0.0." + user);
                return auth.authenticate(login.accessToken()).username();
              }));
    }
    start.countDown();
    List<String> names = new ArrayList<>();
    for (Future<String> result : results) {
      names.add(result.get(2, TimeUnit.MINUTES));
    }
    pool.shutdown();

    assertThat(names).hasSize(LOGINS);
    assertThat(names).allMatch(name -> name.startsWith("user"));
  }
}

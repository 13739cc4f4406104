package dev.lxdjava.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationsTest {
  @TempDir Path dir;

  @Test
  void migrationsRunOnceAcrossReopen() {
    String url = "jdbc:sqlite:" + dir.resolve("again.db");

    Jdbi first = Database.open(url);
    Jdbi second = Database.open(url);

    assertThat(Migrations.currentVersion(first)).isEqualTo(Migrations.SCRIPTS.size());
    assertThat(Migrations.currentVersion(second)).isEqualTo(Migrations.SCRIPTS.size());
  }

  @Test
  void upgradeFromVersionOneKeepsUsers() {
    String url = "jdbc:sqlite:" + dir.resolve("v1.db");
    Jdbi v1 = Database.connect(url);
    Migrations.apply(v1, 1);
    String hash = PasswordHasher.bcrypt(4).hashNew("old-admin-password");
    String created = Instant.parse("2025-01-02T03:04:05Z").toString();
    v1.useHandle(
        handle ->
            handle.execute(
                "INSERT INTO users (username, password_hash, role, active, token_version,"
                    + " created_at, updated_at) VALUES ('old-admin', ?, 'admin', 1, 4, ?, ?)",
                hash,
                created,
                created));

    Jdbi upgraded = Database.open(url);
    User user = new JdbiUserStore(upgraded).findByUsername("old-admin").orElseThrow();

    assertThat(Migrations.currentVersion(upgraded)).isEqualTo(Migrations.SCRIPTS.size());
    assertThat(user.role()).isEqualTo(Role.ADMIN);
    assertThat(user.kind()).isEqualTo(AccountKind.USER);
    assertThat(user.tokenVersion()).isEqualTo(4);
    assertThat(user.createdAt()).isEqualTo(Instant.parse("2025-01-02T03:04:05Z"));
  }

  @Test
  void upgradedDatabaseLogsOldUserIn() {
    String url = "jdbc:sqlite:" + dir.resolve("v1-login.db");
    Jdbi v1 = Database.connect(url);
    Migrations.apply(v1, 1);
    String hash = PasswordHasher.bcrypt(4).hashNew("old-admin-password");
    String now = Instant.now().toString();
    v1.useHandle(
        handle ->
            handle.execute(
                "INSERT INTO users (username, password_hash, role, created_at, updated_at)"
                    + " VALUES ('old-admin', ?, 'admin', ?, ?)",
                hash,
                now,
                now));
    Jdbi upgraded = Database.open(url);
    AuthService auth =
        new AuthService(
            AuthStores.jdbi(upgraded),
            PasswordHasher.bcrypt(4),
            new TokenService(AuthFixture.SECRET, Duration.ofMinutes(5), MutableClock.startingNow()),
            Duration.ofDays(1),
            AuthFixture.GENEROUS,
            Clock.systemUTC());

    var login = auth.login("old-admin", "old-admin-password", "127.0.0.1");

    assertThat(auth.authenticate(login.accessToken()).username()).isEqualTo("old-admin");
  }

  @Test
  void upgradedSchemaAcceptsRoleNone() {
    String url = "jdbc:sqlite:" + dir.resolve("v1-none.db");
    Migrations.apply(Database.connect(url), 1);

    UserStore users = new JdbiUserStore(Database.open(url));
    User created = users.create("grants-only", "hash", Role.NONE);

    assertThat(users.findById(created.id()).orElseThrow().role()).isEqualTo(Role.NONE);
  }

  @Test
  void statementsSkipCommentLines() {
    String script = "-- a comment that ends in a semicolon;\nCREATE TABLE a (x TEXT);\n";

    assertThat(Migrations.statements(script)).containsExactly("CREATE TABLE a (x TEXT)");
  }

  @Test
  void statementsSplitAtLineEndSemicolons() {
    String script = "CREATE TABLE a (x TEXT);\n\nCREATE INDEX a_x ON a (x);\n";

    assertThat(Migrations.statements(script))
        .containsExactly("CREATE TABLE a (x TEXT)", "CREATE INDEX a_x ON a (x)");
  }
}

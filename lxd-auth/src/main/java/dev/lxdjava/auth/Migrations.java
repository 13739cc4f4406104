package dev.lxdjava.auth;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * Applies the schema migrations in {@code db/migration} in version order, each once, each in its
 * own transaction, and records them in {@code schema_version}. A migration that fails leaves the
 * schema at the previous version.
 */
final class Migrations {
  /** Migration scripts, in the order they apply. Append; never edit a released one. */
  static final List<String> SCRIPTS =
      List.of(
          "V001__users.sql",
          "V002__role_none_and_service_accounts.sql",
          "V003__sessions.sql",
          "V004__project_grants.sql",
          "V005__api_keys.sql",
          "V006__audit_events.sql");

  private Migrations() {}

  static void apply(Jdbi jdbi) {
    apply(jdbi, SCRIPTS.size());
  }

  /** Applies the migrations up to and including {@code lastVersion}, for upgrade tests. */
  static void apply(Jdbi jdbi, int lastVersion) {
    jdbi.useHandle(
        handle ->
            handle.execute(
                "CREATE TABLE IF NOT EXISTS schema_version ("
                    + "version INTEGER PRIMARY KEY, script TEXT NOT NULL, applied_at TEXT NOT NULL)"));
    for (int i = 0; i < lastVersion; i++) {
      int version = i + 1;
      String script = SCRIPTS.get(i);
      jdbi.useTransaction(
          handle -> {
            boolean applied =
                handle
                        .createQuery("SELECT COUNT(*) FROM schema_version WHERE version = ?")
                        .bind(0, version)
                        .mapTo(Integer.class)
                        .one()
                    > 0;
            if (applied) {
              return;
            }
            for (String statement : statements(read(script))) {
              handle.execute(statement);
            }
            handle.execute(
                "INSERT INTO schema_version (version, script, applied_at) VALUES (?, ?, ?)",
                version,
                script,
                Instant.now().toString());
          });
    }
  }

  /** The schema version after {@link #apply}. */
  static int currentVersion(Jdbi jdbi) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery("SELECT COALESCE(MAX(version), 0) FROM schema_version")
                .mapTo(Integer.class)
                .one());
  }

  private static String read(String script) {
    String resource = "/db/migration/" + script;
    try (InputStream in = Migrations.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new DatabaseException("migration " + resource + " is missing from the jar", null);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new DatabaseException("cannot read migration " + resource, e);
    }
  }

  /**
   * Splits a script into statements: drops whole-line {@code --} comments, then splits on
   * semicolons at line ends. Scripts hold no triggers and no semicolons inside strings.
   */
  static List<String> statements(String script) {
    StringBuilder code = new StringBuilder();
    for (String line : script.split("\\r?\\n")) {
      if (!line.strip().startsWith("--")) {
        code.append(line).append('\n');
      }
    }
    List<String> result = new ArrayList<>();
    for (String part : code.toString().split(";\\s*(\\r?\\n|$)")) {
      String statement = part.strip();
      if (!statement.isEmpty()) {
        result.add(statement);
      }
    }
    return result;
  }
}

package dev.lxdjava.auth;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
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
  static final List<String> SCRIPTS = List.of("V001__users.sql");

  private Migrations() {}

  static void apply(Jdbi jdbi) {
    jdbi.useHandle(
        handle ->
            handle.execute(
                "CREATE TABLE IF NOT EXISTS schema_version ("
                    + "version INTEGER PRIMARY KEY, script TEXT NOT NULL, applied_at TEXT NOT NULL)"));
    for (int i = 0; i < SCRIPTS.size(); i++) {
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
                java.time.Instant.now().toString());
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

  /** Splits a script on semicolons at line ends; scripts hold no triggers or string semicolons. */
  static List<String> statements(String script) {
    List<String> result = new ArrayList<>();
    for (String part : script.split(";\\s*(\\r?\\n|$)")) {
      String statement = part.strip();
      if (!statement.isEmpty()) {
        result.add(statement);
      }
    }
    return result;
  }
}

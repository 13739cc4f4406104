package dev.lxdjava.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {
  @TempDir Path dir;

  @Test
  void everyPooledConnectionHasTheSettings() {
    Jdbi jdbi = Database.open("jdbc:sqlite:" + dir.resolve("pool.db"));
    List<Handle> handles = new ArrayList<>();

    List<String> settings = new ArrayList<>();
    try {
      for (int i = 0; i < Database.POOL_SIZE; i++) {
        Handle handle = jdbi.open();
        handles.add(handle);
        settings.add(
            pragma(handle, "journal_mode")
                + " "
                + pragma(handle, "foreign_keys")
                + " "
                + pragma(handle, "busy_timeout"));
      }
    } finally {
      handles.forEach(Handle::close);
    }

    assertThat(settings)
        .hasSize(Database.POOL_SIZE)
        .containsOnly("wal 1 " + Database.BUSY_TIMEOUT_MS);
  }

  @Test
  void queriesReuseAnOpenConnection() {
    Jdbi jdbi = Database.open("jdbc:sqlite:" + dir.resolve("reuse.db"));
    jdbi.useHandle(handle -> handle.execute("CREATE TEMP TABLE marker (x INTEGER)"));

    boolean markerSeen =
        jdbi.withHandle(
            handle ->
                handle
                        .createQuery(
                            "SELECT count(*) FROM sqlite_temp_master WHERE name = 'marker'")
                        .mapTo(int.class)
                        .one()
                    == 1);

    assertThat(markerSeen).isTrue();
  }

  private static String pragma(Handle handle, String name) {
    return handle.createQuery("PRAGMA " + name).mapTo(String.class).one();
  }
}

package dev.lxdjava.auth;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jdbi.v3.core.Jdbi;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * Opens the gateway's SQLite database: WAL journal so readers never wait for the writer, a busy
 * timeout so concurrent writers queue instead of failing with "database is locked", transactions
 * that take the write lock up front, foreign keys on, and every migration applied. Connections come
 * from a small pool, so each query reuses an open connection with its settings applied and its
 * schema read, instead of opening the file again.
 */
public final class Database {
  /** The database used when {@code DATABASE_URL} is not set. */
  public static final String DEFAULT_URL = "jdbc:sqlite:./data/lxd-gateway.db";

  /** How long a writer waits for the write lock before failing. */
  static final int BUSY_TIMEOUT_MS = 10_000;

  /**
   * How many connections the pool keeps at most. SQLite lets one writer and any number of readers
   * work at once, so more connections than this only add callers waiting for the write lock.
   */
  static final int POOL_SIZE = 8;

  private Database() {}

  /**
   * Opens the database named by a URL: {@code jdbc:sqlite:PATH}, or SQLAlchemy's {@code
   * sqlite:///RELATIVE} and {@code sqlite:////ABSOLUTE} as the Python gateway used them.
   *
   * @throws AuthValidationException if the URL is not an SQLite URL
   */
  public static Jdbi open(String url) {
    Jdbi jdbi = connect(url);
    Migrations.apply(jdbi);
    return jdbi;
  }

  /** Opens the database without applying migrations, for upgrade tests. */
  static Jdbi connect(String url) {
    Path file = sqliteFile(url);
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
    } catch (IOException e) {
      throw new DatabaseException("cannot create the folder for database " + file, e);
    }
    SQLiteConfig config = new SQLiteConfig();
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
    config.setBusyTimeout(BUSY_TIMEOUT_MS);
    // Write transactions take the write lock when they begin. A deferred transaction that reads
    // first and writes later can fail at once with SQLITE_BUSY, without waiting for the timeout.
    config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
    config.enforceForeignKeys(true);
    SQLiteDataSource sqlite = new SQLiteDataSource(config);
    sqlite.setUrl("jdbc:sqlite:" + file);
    return Jdbi.create(pool(sqlite, file));
  }

  /**
   * Pools connections of {@code sqlite}, which applies the settings above to each connection when
   * it opens. A caller waits for a free connection as long as a writer waits for the write lock.
   */
  private static HikariDataSource pool(SQLiteDataSource sqlite, Path file) {
    HikariConfig pool = new HikariConfig();
    pool.setDataSource(sqlite);
    pool.setPoolName("lxd-auth-db");
    pool.setMaximumPoolSize(POOL_SIZE);
    pool.setMinimumIdle(1);
    pool.setConnectionTimeout(BUSY_TIMEOUT_MS);
    try {
      return new HikariDataSource(pool);
    } catch (RuntimeException e) {
      throw new DatabaseException("cannot open database " + file, e);
    }
  }

  static Path sqliteFile(String url) {
    if (url == null || url.isBlank()) {
      throw new AuthValidationException("DATABASE_URL", url, "must not be empty");
    }
    String path;
    if (url.startsWith("jdbc:sqlite:")) {
      path = url.substring("jdbc:sqlite:".length());
    } else if (url.startsWith("sqlite:///")) {
      path = url.substring("sqlite:///".length());
    } else {
      throw new AuthValidationException(
          "DATABASE_URL",
          url,
          "must be an SQLite URL: jdbc:sqlite:PATH, sqlite:///RELATIVE or sqlite:////ABSOLUTE");
    }
    if (path.isEmpty() || path.startsWith(":memory:") || path.startsWith("file:")) {
      throw new AuthValidationException(
          "DATABASE_URL", url, "must name a database file (in-memory databases are not shared)");
    }
    return Path.of(path);
  }
}

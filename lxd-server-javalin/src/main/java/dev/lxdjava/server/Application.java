package dev.lxdjava.server;

import dev.lxdjava.auth.AuthService;
import dev.lxdjava.auth.AuthStores;
import dev.lxdjava.auth.Database;
import dev.lxdjava.auth.Housekeeping;
import dev.lxdjava.auth.PasswordHasher;
import dev.lxdjava.auth.TokenService;
import dev.lxdjava.core.Lxd;
import dev.lxdjava.server.http.ClientAddresses;
import dev.lxdjava.transport.LxdClient;
import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running gateway with everything it owns: the user database and its hourly housekeeping, the LXD
 * connection and the HTTP server. {@link #close()} stops them in reverse order.
 */
public final class Application implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Application.class);

  private final Lxd lxd;
  private final AuthService auth;
  private final Gateway gateway;
  private final ScheduledExecutorService housekeeping;

  private Application(
      Lxd lxd, AuthService auth, Gateway gateway, ScheduledExecutorService housekeeping) {
    this.lxd = lxd;
    this.auth = auth;
    this.gateway = gateway;
    this.housekeeping = housekeeping;
  }

  /**
   * Opens the database, seeds the first admin, connects to LXD and starts the server.
   *
   * @throws ConfigException if a setting is missing, such as the first admin's password
   */
  public static Application start(GatewayConfig config) {
    if (config.jwtSecretGenerated()) {
      LOG.warn(
          "JWT_SECRET is not set: {}=true generated a throwaway secret, so tokens stop working"
              + " when the gateway restarts. Never run like this in production.",
          GatewayConfig.DEV_MODE_VARIABLE);
    }
    Jdbi database = Database.open(config.databaseUrl());
    AuthStores stores = AuthStores.jdbi(database);
    SecurityConfig security = config.security();
    AuthService auth =
        new AuthService(
            stores,
            PasswordHasher.bcrypt(config.bcryptCost()),
            new TokenService(config.jwtSecret(), config.accessTokenLifetime(), Clock.systemUTC()),
            config.refreshTokenLifetime(),
            security.rateLimits(),
            Clock.systemUTC());
    seedAdmin(config, auth);
    ScheduledExecutorService housekeeping =
        startHousekeeping(new Housekeeping(stores, security.auditRetention(), Clock.systemUTC()));
    LxdClient.Builder client = LxdClient.builder();
    if (config.socketPath() != null) {
      client.unixSocket(config.socketPath());
    }
    Lxd lxd = client.build();
    try {
      ClientAddresses addresses = ClientAddresses.trusting(security.trustedProxies());
      Gateway gateway = Gateway.start(lxd, auth, addresses, config.host(), config.port());
      return new Application(lxd, auth, gateway, housekeeping);
    } catch (RuntimeException e) {
      housekeeping.shutdownNow();
      lxd.close();
      throw e;
    }
  }

  /** Deletes old audit rows and expired sessions at start and then every hour. */
  private static ScheduledExecutorService startHousekeeping(Housekeeping housekeeping) {
    ScheduledExecutorService scheduler =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              Thread thread = new Thread(task, "gateway-housekeeping");
              thread.setDaemon(true);
              return thread;
            });
    scheduler.scheduleAtFixedRate(
        () -> {
          try {
            Housekeeping.Result result = housekeeping.run();
            LOG.debug(
                "housekeeping deleted {} audit rows and {} expired sessions",
                result.auditEvents(),
                result.sessions());
          } catch (RuntimeException e) {
            LOG.error("housekeeping failed: {}", e.getMessage(), e);
          }
        },
        0,
        1,
        TimeUnit.HOURS);
    return scheduler;
  }

  private static void seedAdmin(GatewayConfig config, AuthService auth) {
    if (config.seedAdminPassword() == null) {
      if (auth.hasNoUsers()) {
        throw new ConfigException(
            "SEED_ADMIN_PASSWORD is not set and the user database "
                + config.databaseUrl()
                + " is empty: set it (at least 12 characters) to create the first admin '"
                + config.seedAdminUsername()
                + "'");
      }
      return;
    }
    if (auth.seedAdmin(config.seedAdminUsername(), config.seedAdminPassword())) {
      LOG.info("created admin user '{}'", config.seedAdminUsername());
    }
  }

  /** The port the HTTP server listens on. */
  public int port() {
    return gateway.port();
  }

  /** The user service, for tests and tools that manage users directly. */
  public AuthService auth() {
    return auth;
  }

  /** The LXD connection. */
  public Lxd lxd() {
    return lxd;
  }

  /** The HTTP server. */
  public Gateway gateway() {
    return gateway;
  }

  @Override
  public void close() {
    gateway.close();
    housekeeping.shutdownNow();
    lxd.close();
  }
}

package dev.lxdjava.server;

import dev.lxdjava.auth.AuthService;
import dev.lxdjava.auth.AuthStores;
import dev.lxdjava.auth.AuthValidationException;
import dev.lxdjava.auth.Database;
import dev.lxdjava.auth.Housekeeping;
import dev.lxdjava.auth.PasswordHasher;
import dev.lxdjava.auth.TokenService;
import dev.lxdjava.core.Lxd;
import dev.lxdjava.testkit.fake.FakeLxd;
import dev.lxdjava.transport.LxdClient;
import io.javalin.util.JavalinBindException;
import java.time.Clock;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running gateway with everything it owns: the LXD connection, the HTTP server and the hourly
 * housekeeping of the user database. {@link #close()} stops them in reverse order.
 */
public final class Application implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Application.class);

  private final Lxd lxd;
  private final AuthService auth;
  private final Gateway gateway;
  private final HousekeepingSchedule housekeeping;
  private final FakeLxd fake;

  private Application(
      Lxd lxd, AuthService auth, Gateway gateway, HousekeepingSchedule housekeeping, FakeLxd fake) {
    this.lxd = lxd;
    this.auth = auth;
    this.gateway = gateway;
    this.housekeeping = housekeeping;
    this.fake = fake;
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
    FakeLxd fake = config.fakeLxd() ? startFake() : null;
    Lxd lxd = null;
    Gateway gateway;
    try {
      lxd = fake != null ? LxdClient.unixSocket(fake.socketPath()) : connect(config);
      gateway = Gateway.start(lxd, auth, config);
    } catch (JavalinBindException e) {
      close(lxd, fake);
      throw new ConfigException(
          "cannot listen on "
              + config.host()
              + ":"
              + config.port()
              + " (APP_HOST, APP_PORT): "
              + describe(rootCause(e)));
    } catch (RuntimeException e) {
      close(lxd, fake);
      throw e;
    }
    HousekeepingSchedule housekeeping =
        HousekeepingSchedule.start(
            new Housekeeping(stores, security.auditRetention(), Clock.systemUTC()));
    return new Application(lxd, auth, gateway, housekeeping, fake);
  }

  private static void close(Lxd lxd, FakeLxd fake) {
    if (lxd != null) {
      lxd.close();
    }
    if (fake != null) {
      fake.close();
    }
  }

  private static String describe(Throwable error) {
    if (error instanceof java.nio.channels.UnresolvedAddressException) {
      return "the host name does not resolve";
    }
    return error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
  }

  private static Throwable rootCause(Throwable error) {
    Throwable cause = error;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause;
  }

  private static Lxd connect(GatewayConfig config) {
    LxdClient.Builder client = LxdClient.builder();
    RemoteLxd remote = config.remote();
    if (remote == null) {
      if (config.socketPath() != null) {
        client.unixSocket(config.socketPath());
      }
      return client.build();
    }
    client.remote(remote.url()).clientCertificate(remote.clientCertificate(), remote.clientKey());
    if (remote.serverCertificate() != null) {
      client.serverCertificate(remote.serverCertificate());
    } else if (remote.serverFingerprint() != null) {
      client.serverFingerprint(remote.serverFingerprint());
    } else {
      client.trustedCa(remote.caCertificate());
    }
    Lxd lxd = client.build();
    LOG.info("connecting to LXD at {}", lxd);
    return lxd;
  }

  private static FakeLxd startFake() {
    FakeLxd fake = FakeLxd.builder().tls(false).start();
    LOG.warn(
        "LXD_CONNECTION_MODE=fake: the gateway uses an in-process fake LXD at {} with the image"
            + " '{}'. Nothing reaches a real LXD, and every instance is lost when the gateway"
            + " stops.",
        fake.socketPath(),
        FakeLxd.IMAGE_ALIAS);
    return fake;
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
    try {
      if (auth.seedAdmin(config.seedAdminUsername(), config.seedAdminPassword())) {
        LOG.info("created admin user '{}'", config.seedAdminUsername());
      }
    } catch (AuthValidationException e) {
      throw new ConfigException(
          "SEED_ADMIN_USERNAME or SEED_ADMIN_PASSWORD is invalid: " + e.getMessage());
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

  /** The in-process fake LXD when the gateway runs in fake mode, for tests and demos. */
  public Optional<FakeLxd> fakeLxd() {
    return Optional.ofNullable(fake);
  }

  @Override
  public void close() {
    housekeeping.close();
    gateway.close();
    lxd.close();
    if (fake != null) {
      fake.close();
    }
  }
}

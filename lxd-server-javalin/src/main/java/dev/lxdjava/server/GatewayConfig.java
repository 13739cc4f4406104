package dev.lxdjava.server;

import dev.lxdjava.auth.Database;
import dev.lxdjava.auth.PasswordHasher;
import dev.lxdjava.auth.TokenService;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The gateway's settings, read from environment variables. The names match the earlier Python
 * gateway, so its deployments can switch without renaming; {@code docs/configuration.md} lists them
 * all.
 *
 * @param connectionMode how to reach LXD: {@code unix}, {@code https}, or {@code fake} for an
 *     in-process fake LXD
 * @param socketPath LXD's unix socket, or {@code null} to detect it
 * @param jwtSecret key that signs access tokens
 * @param jwtSecretGenerated whether the key was generated for this run (development mode only)
 * @param accessTokenLifetime lifetime of access tokens
 * @param refreshTokenLifetime lifetime of refresh tokens
 * @param seedAdminUsername name of the admin created on first start
 * @param seedAdminPassword password of that admin, or {@code null}
 * @param host address the HTTP server binds
 * @param port port the HTTP server binds; 0 picks a free one
 * @param corsOrigins origins allowed to call the API from browsers; empty allows none
 * @param databaseUrl user database URL
 * @param bcryptCost bcrypt cost factor for new password hashes
 * @param devMode whether development shortcuts (generated JWT secret) are allowed
 * @param remote the HTTPS settings when {@code connectionMode} is {@code https}, else {@code null}
 * @param security rate limits, trusted proxies and audit retention
 */
public record GatewayConfig(
    String connectionMode,
    Path socketPath,
    String jwtSecret,
    boolean jwtSecretGenerated,
    Duration accessTokenLifetime,
    Duration refreshTokenLifetime,
    String seedAdminUsername,
    String seedAdminPassword,
    String host,
    int port,
    List<String> corsOrigins,
    String databaseUrl,
    int bcryptCost,
    boolean devMode,
    RemoteLxd remote,
    SecurityConfig security) {

  /** Connection mode that starts an in-process fake LXD instead of reaching a real one. */
  public static final String FAKE_MODE = "fake";

  /** Variable that allows development shortcuts. */
  public static final String DEV_MODE_VARIABLE = "GATEWAY_DEV_MODE";

  public GatewayConfig {
    corsOrigins = List.copyOf(corsOrigins);
  }

  /**
   * Reads and checks the settings.
   *
   * @throws ConfigException naming the first invalid variable
   */
  public static GatewayConfig fromEnvironment(Map<String, String> env) {
    boolean devMode = bool(env, DEV_MODE_VARIABLE, false);
    String mode = env.getOrDefault("LXD_CONNECTION_MODE", "unix").strip().toLowerCase(Locale.ROOT);
    if (!mode.equals("unix") && !mode.equals("https") && !mode.equals(FAKE_MODE)) {
      throw new ConfigException(
          "LXD_CONNECTION_MODE='"
              + mode
              + "' is not supported: use 'unix' (the local socket), 'https' (a remote LXD) or"
              + " 'fake' (an in-process fake LXD for trying the API)");
    }
    RemoteLxd remote = mode.equals("https") ? RemoteLxd.fromEnvironment(env) : null;
    String socket = env.getOrDefault("LXD_SOCKET_PATH", "").strip();

    String secret = env.getOrDefault("JWT_SECRET", "");
    boolean generated = false;
    if (secret.getBytes(StandardCharsets.UTF_8).length < TokenService.MIN_SECRET_BYTES) {
      if (!devMode) {
        throw new ConfigException(
            "JWT_SECRET is "
                + (secret.isEmpty() ? "not set" : "too short")
                + ": it must be at least "
                + TokenService.MIN_SECRET_BYTES
                + " bytes (for example the output of 'openssl rand -hex 32'), or set "
                + DEV_MODE_VARIABLE
                + "=true to generate a throwaway secret for development");
      }
      secret = randomSecret();
      generated = true;
    }
    Optional<String> secretProblem = TokenService.secretProblem(secret);
    if (secretProblem.isPresent()) {
      throw new ConfigException(
          "JWT_SECRET "
              + secretProblem.get()
              + ": use a random value such as the output of 'openssl rand -hex 32'");
    }

    return new GatewayConfig(
        mode,
        socket.isEmpty() ? null : Path.of(socket),
        secret,
        generated,
        Duration.ofMinutes(positiveInt(env, "JWT_ACCESS_TOKEN_EXPIRE_MINUTES", 30, 24 * 60)),
        Duration.ofDays(positiveInt(env, "JWT_REFRESH_TOKEN_EXPIRE_DAYS", 7, 365)),
        env.getOrDefault("SEED_ADMIN_USERNAME", "admin").strip(),
        emptyToNull(env.get("SEED_ADMIN_PASSWORD")),
        env.getOrDefault("APP_HOST", "127.0.0.1").strip(),
        port(env),
        origins(env.getOrDefault("CORS_ORIGINS", "")),
        env.getOrDefault("DATABASE_URL", Database.DEFAULT_URL).strip(),
        rangeInt(env, "BCRYPT_COST", PasswordHasher.DEFAULT_COST, 10, 16),
        devMode,
        remote,
        SecurityConfig.fromEnvironment(env));
  }

  /** Whether the gateway runs on an in-process fake LXD. */
  public boolean fakeLxd() {
    return connectionMode.equals(FAKE_MODE);
  }

  private static String randomSecret() {
    byte[] bytes = new byte[32];
    new SecureRandom().nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  private static boolean bool(Map<String, String> env, String name, boolean fallback) {
    String value = env.getOrDefault(name, "").strip().toLowerCase(Locale.ROOT);
    return switch (value) {
      case "" -> fallback;
      case "true", "1", "yes" -> true;
      case "false", "0", "no" -> false;
      default -> throw new ConfigException(name + "='" + value + "' must be true or false");
    };
  }

  private static int port(Map<String, String> env) {
    return rangeInt(env, "APP_PORT", 8000, 0, 65535);
  }

  private static int positiveInt(Map<String, String> env, String name, int fallback, int max) {
    return rangeInt(env, name, fallback, 1, max);
  }

  static int rangeInt(Map<String, String> env, String name, int fallback, int min, int max) {
    String value = env.getOrDefault(name, "").strip();
    if (value.isEmpty()) {
      return fallback;
    }
    try {
      int parsed = Integer.parseInt(value);
      if (parsed < min || parsed > max) {
        throw new ConfigException(name + "=" + value + " must be between " + min + " and " + max);
      }
      return parsed;
    } catch (NumberFormatException e) {
      throw new ConfigException(name + "='" + value + "' must be a whole number");
    }
  }

  private static List<String> origins(String value) {
    List<String> origins =
        Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    for (String origin : origins) {
      if (origin.equals("*")) {
        throw new ConfigException(
            "CORS_ORIGINS must list origins such as https://ui.example.com; '*' is not accepted"
                + " because the API uses credentials");
      }
      if (!origin.matches("https?://[A-Za-z0-9.\\-]+(:[0-9]{1,5})?")) {
        throw new ConfigException(
            "CORS_ORIGINS entry '"
                + origin
                + "' must be an origin: scheme, host and optional port, such as"
                + " https://ui.example.com:8443");
      }
    }
    return origins;
  }

  private static String emptyToNull(String value) {
    return value == null || value.isEmpty() ? null : value;
  }
}

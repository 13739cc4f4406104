package dev.lxdjava.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class GatewayConfigTest {
  private static final String SECRET = "0123456789abcdef0123456789abcdef";

  @Test
  void missingSecretIsRejectedOutsideDevMode() {
    assertThatThrownBy(() -> GatewayConfig.fromEnvironment(Map.of()))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("JWT_SECRET is not set")
        .hasMessageContaining("GATEWAY_DEV_MODE");
  }

  @Test
  void shortSecretIsRejectedOutsideDevMode() {
    assertThatThrownBy(() -> GatewayConfig.fromEnvironment(Map.of("JWT_SECRET", "short")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("too short");
  }

  @Test
  void devModeGeneratesSecret() {
    var config = GatewayConfig.fromEnvironment(Map.of("GATEWAY_DEV_MODE", "true"));

    assertThat(config.jwtSecretGenerated()).isTrue();
    assertThat(config.jwtSecret()).hasSizeGreaterThanOrEqualTo(32);
  }

  @Test
  void defaultsMatchDocumentation() {
    var config = GatewayConfig.fromEnvironment(Map.of("JWT_SECRET", SECRET));

    assertThat(config.host()).isEqualTo("127.0.0.1");
    assertThat(config.port()).isEqualTo(8000);
    assertThat(config.accessTokenLifetime().toMinutes()).isEqualTo(30);
    assertThat(config.refreshTokenLifetime().toDays()).isEqualTo(7);
    assertThat(config.seedAdminUsername()).isEqualTo("admin");
    assertThat(config.corsOrigins()).isEmpty();
  }

  @Test
  void invalidPortNamesVariable() {
    var env = Map.of("JWT_SECRET", SECRET, "APP_PORT", "eighty");

    assertThatThrownBy(() -> GatewayConfig.fromEnvironment(env))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("APP_PORT='eighty'");
  }

  @Test
  void wildcardCorsOriginIsRejected() {
    var env = Map.of("JWT_SECRET", SECRET, "CORS_ORIGINS", "*");

    assertThatThrownBy(() -> GatewayConfig.fromEnvironment(env))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("CORS_ORIGINS");
  }

  @Test
  void unsupportedConnectionModeIsRejected() {
    var env = Map.of("JWT_SECRET", SECRET, "LXD_CONNECTION_MODE", "carrier-pigeon");

    assertThatThrownBy(() -> GatewayConfig.fromEnvironment(env))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("LXD_CONNECTION_MODE");
  }

  @Test
  void fakeConnectionModeIsAccepted() {
    var env = Map.of("JWT_SECRET", SECRET, "LXD_CONNECTION_MODE", "fake");

    var config = GatewayConfig.fromEnvironment(env);

    assertThat(config.fakeLxd()).isTrue();
  }

  @Test
  void templateSecretIsRejected() {
    var env = Map.of("JWT_SECRET", "your-secret-key-change-in-production");

    assertThatThrownBy(() -> GatewayConfig.fromEnvironment(env))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("JWT_SECRET looks like a template value");
  }

  @Test
  void templateSecretIsRejectedInDevModeToo() {
    var env =
        Map.of("JWT_SECRET", "change-me-change-me-change-me-change-me", "GATEWAY_DEV_MODE", "true");

    assertThatThrownBy(() -> GatewayConfig.fromEnvironment(env))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("JWT_SECRET");
  }

  @Test
  void securityDefaultsMatchDocumentation() {
    var security = GatewayConfig.fromEnvironment(Map.of("JWT_SECRET", SECRET)).security();

    assertThat(security.rateLimits().loginPerAddress().permits()).isEqualTo(20);
    assertThat(security.rateLimits().loginPerAccount().permits()).isEqualTo(10);
    assertThat(security.rateLimits().refreshPerAddress().permits()).isEqualTo(60);
    assertThat(security.rateLimits().refreshPerAccount().permits()).isEqualTo(30);
    assertThat(security.rateLimits().loginPerAddress().window().toSeconds()).isEqualTo(60);
    assertThat(security.trustedProxies()).isEmpty();
    assertThat(security.auditRetention().toDays()).isEqualTo(90);
  }

  @Test
  void rateLimitsAreConfigurable() {
    var env =
        Map.of(
            "JWT_SECRET",
            SECRET,
            "RATE_LIMIT_LOGIN_PER_IP",
            "5",
            "RATE_LIMIT_WINDOW_SECONDS",
            "10");

    var limits = GatewayConfig.fromEnvironment(env).security().rateLimits();

    assertThat(limits.loginPerAddress().permits()).isEqualTo(5);
    assertThat(limits.loginPerAddress().window().toSeconds()).isEqualTo(10);
  }

  @Test
  void zeroRateLimitIsRejected() {
    var env = Map.of("JWT_SECRET", SECRET, "RATE_LIMIT_LOGIN_PER_USER", "0");

    assertThatThrownBy(() -> GatewayConfig.fromEnvironment(env))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("RATE_LIMIT_LOGIN_PER_USER");
  }

  @Test
  void invalidTrustedProxyIsRejected() {
    var env = Map.of("JWT_SECRET", SECRET, "TRUSTED_PROXIES", "10.0.0.0/8, proxy.local");

    assertThatThrownBy(() -> GatewayConfig.fromEnvironment(env))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("TRUSTED_PROXIES entry 'proxy.local'");
  }

  @Test
  void auditRetentionIsConfigurable() {
    var env = Map.of("JWT_SECRET", SECRET, "AUDIT_RETENTION_DAYS", "7");

    assertThat(GatewayConfig.fromEnvironment(env).security().auditRetention().toDays())
        .isEqualTo(7);
  }
}

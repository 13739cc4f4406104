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
}

package dev.lxdjava.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code LXD_CONNECTION_MODE=https} settings and their checks. */
class RemoteLxdConfigTest {
  private static final String PIN = "ab".repeat(32);

  @TempDir Path folder;
  private final Map<String, String> env = new HashMap<>();

  @BeforeEach
  void httpsEnvironment() throws Exception {
    env.put("JWT_SECRET", "0123456789abcdef0123456789abcdef");
    env.put("LXD_CONNECTION_MODE", "https");
    env.put("LXD_REMOTE_URL", "https://127.0.0.1:8443");
    env.put("LXD_CLIENT_CERT_PATH", Files.writeString(folder.resolve("c.crt"), "x").toString());
    env.put("LXD_CLIENT_KEY_PATH", Files.writeString(folder.resolve("c.key"), "x").toString());
  }

  @Test
  void fingerprintPinIsAccepted() {
    env.put("LXD_SERVER_FINGERPRINT", PIN.toUpperCase());

    GatewayConfig config = GatewayConfig.fromEnvironment(env);

    assertThat(config.connectionMode()).isEqualTo("https");
    assertThat(config.remote().serverFingerprint()).isEqualTo(PIN);
    assertThat(config.remote().url().toString()).isEqualTo("https://127.0.0.1:8443");
  }

  @Test
  void missingServerCheckIsRejected() {
    assertThatThrownBy(() -> GatewayConfig.fromEnvironment(env))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("no way to verify LXD's certificate")
        .hasMessageContaining("LXD_SERVER_FINGERPRINT")
        .hasMessageContaining("cannot be switched off");
  }

  @Test
  void twoServerChecksAreRejected() throws Exception {
    env.put("LXD_SERVER_FINGERPRINT", PIN);
    env.put("LXD_CA_CERT_PATH", Files.writeString(folder.resolve("ca.crt"), "x").toString());

    assertThatThrownBy(() -> GatewayConfig.fromEnvironment(env))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("exactly one of");
  }

  @Test
  void missingClientKeyIsRejected() {
    env.put("LXD_SERVER_FINGERPRINT", PIN);
    env.remove("LXD_CLIENT_KEY_PATH");

    assertThatThrownBy(() -> GatewayConfig.fromEnvironment(env))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("LXD_CLIENT_KEY_PATH is not set");
  }

  @Test
  void clientCertificateFileThatDoesNotExistIsRejected() {
    env.put("LXD_SERVER_FINGERPRINT", PIN);
    env.put("LXD_CLIENT_CERT_PATH", folder.resolve("missing.crt").toString());

    assertThatThrownBy(() -> GatewayConfig.fromEnvironment(env))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("LXD_CLIENT_CERT_PATH=")
        .hasMessageContaining("missing.crt")
        .hasMessageContaining("not a readable file");
  }

  @Test
  void plainHttpUrlIsRejected() {
    env.put("LXD_SERVER_FINGERPRINT", PIN);
    env.put("LXD_REMOTE_URL", "http://127.0.0.1:8443");

    assertThatThrownBy(() -> GatewayConfig.fromEnvironment(env))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("LXD_REMOTE_URL='http://127.0.0.1:8443'");
  }

  @Test
  void shortFingerprintIsRejected() {
    env.put("LXD_SERVER_FINGERPRINT", "abcd");

    assertThatThrownBy(() -> GatewayConfig.fromEnvironment(env))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("LXD_SERVER_FINGERPRINT='abcd'");
  }

  @Test
  void unknownModeIsRejected() {
    env.put("LXD_CONNECTION_MODE", "tcp");

    assertThatThrownBy(() -> GatewayConfig.fromEnvironment(env))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("'https'");
  }
}

package dev.lxdjava.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lxdjava.core.Lxd;
import dev.lxdjava.core.LxdValidationException;
import dev.lxdjava.transport.tls.ClientCertificate;
import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Option checks of {@link LxdClient.Builder}; none of these reach a daemon. */
class LxdClientBuilderTest {
  private static final String PIN = "ab".repeat(32);

  @TempDir Path folder;

  @Test
  void plainHttpRemoteIsRejected() {
    assertThatThrownBy(() -> LxdClient.builder().remote(URI.create("http://10.0.0.5:8443")))
        .isInstanceOf(LxdValidationException.class)
        .hasMessageContaining("http://10.0.0.5:8443")
        .hasMessageContaining("https://");
  }

  @Test
  void remoteWithPathIsRejected() {
    assertThatThrownBy(() -> LxdClient.builder().remote(URI.create("https://h:8443/1.0")))
        .isInstanceOf(LxdValidationException.class)
        .hasMessageContaining("nothing after the port");
  }

  @Test
  void remoteWithUserInfoIsRejected() {
    assertThatThrownBy(() -> LxdClient.builder().remote(URI.create("https://u:p@h:8443")))
        .isInstanceOf(LxdValidationException.class)
        .hasMessageContaining("user information");
  }

  @Test
  void remoteWithoutPortUsesDefaultPort() {
    try (Lxd lxd =
        LxdClient.builder()
            .remote(URI.create("https://127.0.0.1"))
            .serverFingerprint(PIN)
            .build()) {

      assertThat(lxd.toString()).contains("https://127.0.0.1:8443");
    }
  }

  @Test
  void twoServerChecksAreRejected() {
    var builder =
        LxdClient.builder()
            .remote(URI.create("https://127.0.0.1:8443"))
            .serverFingerprint(PIN)
            .insecureSkipVerify();

    assertThatThrownBy(builder::build)
        .isInstanceOf(LxdValidationException.class)
        .hasMessageContaining("serverFingerprint and insecureSkipVerify");
  }

  @Test
  void tlsOptionWithoutRemoteIsRejected() {
    var builder = LxdClient.builder().serverFingerprint(PIN);

    assertThatThrownBy(builder::build)
        .isInstanceOf(LxdValidationException.class)
        .hasMessageContaining("remote(URI)");
  }

  @Test
  void unixSocketAndRemoteTogetherAreRejected() {
    var builder =
        LxdClient.builder()
            .unixSocket(Path.of("/var/lib/lxd/unix.socket"))
            .remote(URI.create("https://127.0.0.1:8443"))
            .serverFingerprint(PIN);

    assertThatThrownBy(builder::build)
        .isInstanceOf(LxdValidationException.class)
        .hasMessageContaining("either the unix socket or an HTTPS remote");
  }

  @Test
  void missingClientKeyFileIsNamed() {
    Path certificate = folder.resolve("client.crt");
    Path key = folder.resolve("client.key");
    ClientCertificate.generate("a").writePem(certificate, key);
    Path missing = folder.resolve("other.key");
    var builder =
        LxdClient.builder()
            .remote(URI.create("https://127.0.0.1:8443"))
            .serverFingerprint(PIN)
            .clientCertificate(certificate, missing);

    assertThatThrownBy(builder::build)
        .isInstanceOf(LxdValidationException.class)
        .hasMessageContaining(missing.toString())
        .hasMessageContaining("does not exist");
  }

  @Test
  void missingServerCertificateFileIsNamed() {
    Path missing = folder.resolve("server.crt");
    var builder =
        LxdClient.builder().remote(URI.create("https://127.0.0.1:8443")).serverCertificate(missing);

    assertThatThrownBy(builder::build)
        .isInstanceOf(LxdValidationException.class)
        .hasMessageContaining("server certificate file")
        .hasMessageContaining(missing.toString());
  }

  @Test
  void invalidFingerprintIsRejectedAtOnce() {
    assertThatThrownBy(() -> LxdClient.builder().serverFingerprint("not-hex"))
        .isInstanceOf(LxdValidationException.class)
        .hasMessageContaining("not-hex");
  }
}

package dev.lxdjava.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.lxdjava.core.Lxd;
import dev.lxdjava.core.LxdTransportException;
import dev.lxdjava.testkit.LocalLxd;
import dev.lxdjava.transport.internal.MutualTlsConnection;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** How the client checks LXD's certificate on the loopback HTTPS listener. */
@LocalLxd
class ServerVerificationIT {
  private static final String WRONG_PIN = "ab".repeat(32);

  private static LocalHttps local;
  private static String previousAddress;

  @TempDir Path folder;

  @BeforeAll
  static void enableListener() {
    local = LocalHttps.open();
    previousAddress = local.enableListener();
  }

  @AfterAll
  static void restoreListener() {
    local.restoreListener(previousAddress);
    local.close();
  }

  private Path serverCertificateFile() throws IOException {
    Path file = folder.resolve("server.crt");
    Files.writeString(file, local.serverCertificatePem());
    return file;
  }

  @Test
  void pinnedFingerprintAcceptsServer() {
    try (Lxd lxd =
        LxdClient.builder()
            .remote(LocalHttps.url())
            .serverFingerprint(local.serverFingerprint())
            .build()) {

      assertThat(lxd.server().info().apiVersion()).isEqualTo("1.0");
    }
  }

  @Test
  void pinIgnoresHostName() {
    // LXD's certificate names 127.0.0.1 and the machine's host name, but not localhost.
    URI otherName = URI.create("https://localhost:8443");
    try (Lxd lxd =
        LxdClient.builder()
            .remote(otherName)
            .serverFingerprint(local.serverFingerprint())
            .build()) {

      assertThat(lxd.server().info().apiVersion()).isEqualTo("1.0");
    }
  }

  @Test
  void pinnedCertificateFileAcceptsServer() throws IOException {
    try (Lxd lxd =
        LxdClient.builder()
            .remote(LocalHttps.url())
            .serverCertificate(serverCertificateFile())
            .build()) {

      assertThat(lxd.server().info().apiVersion()).isEqualTo("1.0");
    }
  }

  @Test
  void wrongPinFailsHandshakeNamingBothFingerprints() {
    try (Lxd lxd =
        LxdClient.builder().remote(LocalHttps.url()).serverFingerprint(WRONG_PIN).build()) {

      assertThatThrownBy(() -> lxd.server().info())
          .isInstanceOf(LxdTransportException.class)
          .hasMessageContaining("does not match the pinned fingerprint")
          .hasMessageContaining("expected SHA-256 " + WRONG_PIN)
          .hasMessageContaining("actual " + local.serverFingerprint());
    }
  }

  @Test
  void caFileValidatesServerWithHostName() throws IOException {
    // LXD's self-signed certificate names 127.0.0.1, so it can serve as its own CA here.
    try (Lxd lxd =
        LxdClient.builder().remote(LocalHttps.url()).trustedCa(serverCertificateFile()).build()) {

      assertThat(lxd.server().info().apiVersion()).isEqualTo("1.0");
    }
  }

  @Test
  void caFileRejectsHostNameNotInCertificate() throws IOException {
    URI otherName = URI.create("https://localhost:8443");
    try (Lxd lxd =
        LxdClient.builder().remote(otherName).trustedCa(serverCertificateFile()).build()) {

      assertThatThrownBy(() -> lxd.server().info())
          .isInstanceOf(LxdTransportException.class)
          .hasMessageContaining("No subject alternative DNS name matching localhost");
    }
  }

  @Test
  void jdkTrustStoreRejectsSelfSignedServer() {
    try (Lxd lxd = LxdClient.builder().remote(LocalHttps.url()).build()) {

      assertThatThrownBy(() -> lxd.server().info())
          .isInstanceOf(LxdTransportException.class)
          .hasMessageContaining("JDK trust store");
    }
  }

  @Test
  void insecureSkipVerifyConnectsAndWarns() {
    Logger logger = (Logger) LoggerFactory.getLogger(MutualTlsConnection.class);
    ListAppender<ILoggingEvent> appender = new ListAppender<>();
    appender.start();
    logger.addAppender(appender);
    try (Lxd lxd = LxdClient.builder().remote(LocalHttps.url()).insecureSkipVerify().build()) {

      var info = lxd.server().info();

      assertThat(info.apiVersion()).isEqualTo("1.0");
      assertThat(appender.list)
          .anySatisfy(
              event -> {
                assertThat(event.getLevel()).isEqualTo(Level.WARN);
                assertThat(event.getFormattedMessage()).contains("insecureSkipVerify");
              });
    } finally {
      logger.detachAppender(appender);
    }
  }
}

package dev.lxdjava.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lxdjava.core.Lxd;
import dev.lxdjava.core.certificate.CertificateAdd;
import dev.lxdjava.core.instance.InstanceCreate;
import dev.lxdjava.testkit.LocalLxd;
import dev.lxdjava.testkit.TestNames;
import dev.lxdjava.transport.tls.ClientCertificate;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The gateway in {@code LXD_CONNECTION_MODE=https} against the local daemon's loopback listener,
 * with a client certificate the test trusts over the unix socket and the server pinned by
 * fingerprint.
 */
@LocalLxd
class GatewayHttpsIT {
  private static final String ADDRESS = "127.0.0.1:8443";

  private final Lxd lxd;
  private final String name = TestNames.unique();
  private String previousAddress;
  private String fingerprint;

  @TempDir Path folder;

  GatewayHttpsIT(Lxd lxd) {
    this.lxd = lxd;
  }

  @BeforeEach
  void enableListenerAndTrustClient() throws Exception {
    previousAddress = lxc("config", "get", "core.https_address").strip();
    if (previousAddress.isEmpty()) {
      lxc("config", "set", "core.https_address", ADDRESS);
    }
    ClientCertificate client = ClientCertificate.generate(name);
    client.writePem(folder.resolve("client.crt"), folder.resolve("client.key"));
    fingerprint = lxd.certificates().add(client.certificatePem(), CertificateAdd.client(name));
  }

  @AfterEach
  void untrustAndRestoreListener() throws Exception {
    if (lxd.instances().find(name).isPresent()) {
      lxd.instances().delete(name).await();
    }
    if (fingerprint != null) {
      lxd.certificates().delete(fingerprint);
    }
    if (!lxc("config", "get", "core.https_address").strip().equals(previousAddress)) {
      lxc("config", "set", "core.https_address", previousAddress);
    }
  }

  @Test
  void listsInstancesOverHttps() throws Exception {
    lxd.instances()
        .create(InstanceCreate.builder(name).image(TestNames.IMAGE_ALIAS).build())
        .await();
    Map<String, String> https =
        Map.of(
            "LXD_CONNECTION_MODE", "https",
            "LXD_REMOTE_URL", "https://" + ADDRESS,
            "LXD_CLIENT_CERT_PATH", folder.resolve("client.crt").toString(),
            "LXD_CLIENT_KEY_PATH", folder.resolve("client.key").toString(),
            "LXD_SERVER_FINGERPRINT", lxd.server().info().environment().certificateFingerprint());

    try (GatewayHarness gateway = GatewayHarness.start(https)) {
      String token = gateway.login(GatewayHarness.ADMIN, GatewayHarness.ADMIN_PASSWORD);
      var listed = gateway.send("GET", "/api/v1/instances", token, null);

      assertThat(gateway.application().lxd().toString()).contains("https://" + ADDRESS);
      assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
      assertThat(listed.body()).contains(name);
    }
  }

  private static String lxc(String... arguments) throws IOException, InterruptedException {
    String[] command = new String[arguments.length + 1];
    command[0] = "lxc";
    System.arraycopy(arguments, 0, command, 1, arguments.length);
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    process.getOutputStream().close();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
      throw new AssertionError(String.join(" ", command) + " failed: " + output);
    }
    return output;
  }
}

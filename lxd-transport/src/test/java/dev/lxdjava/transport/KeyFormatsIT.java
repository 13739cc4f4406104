package dev.lxdjava.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.lxdjava.core.Lxd;
import dev.lxdjava.core.certificate.CertificateAdd;
import dev.lxdjava.core.certificate.TrustToken;
import dev.lxdjava.testkit.LocalLxd;
import dev.lxdjava.testkit.TestNames;
import dev.lxdjava.transport.tls.ClientCertificate;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Client keys written by {@code openssl} in each PEM format, and by {@code lxc} itself, load and
 * authenticate against real LXD over HTTPS.
 */
@LocalLxd
class KeyFormatsIT {
  private static LocalHttps local;
  private static String previousAddress;

  private final List<String> trusted = new ArrayList<>();
  private final String name = TestNames.unique();

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

  @AfterEach
  void removeCertificates() {
    trusted.forEach(local::untrust);
  }

  @Test
  void sec1KeyWithParametersAuthenticates() throws Exception {
    Path key = folder.resolve("sec1.key");
    run("openssl", "ecparam", "-name", "secp384r1", "-genkey", "-out", key.toString());

    assertThat(Files.readString(key)).contains("BEGIN EC PARAMETERS", "BEGIN EC PRIVATE KEY");
    assertThat(authenticates(key)).isTrue();
  }

  @Test
  void pkcs8KeyAuthenticates() throws Exception {
    Path key = folder.resolve("pkcs8.key");
    run(
        "openssl",
        "genpkey",
        "-algorithm",
        "EC",
        "-pkeyopt",
        "ec_paramgen_curve:P-256",
        "-out",
        key.toString());

    assertThat(Files.readString(key)).contains("BEGIN PRIVATE KEY");
    assertThat(authenticates(key)).isTrue();
  }

  @Test
  void pkcs1RsaKeyAuthenticates() throws Exception {
    Path key = folder.resolve("pkcs1.key");
    run("openssl", "genrsa", "-traditional", "-out", key.toString(), "2048");

    assertThat(Files.readString(key)).contains("BEGIN RSA PRIVATE KEY");
    assertThat(authenticates(key)).isTrue();
  }

  @Test
  void generatedCertificateFilesAuthenticate() {
    Path certificate = folder.resolve("client.crt");
    Path key = folder.resolve("client.key");
    ClientCertificate.generate(name).writePem(certificate, key);

    ClientCertificate loaded = ClientCertificate.load(certificate, key);
    trusted.add(local.trust(loaded, name));

    assertThat(isTrusted(certificate, key)).isTrue();
  }

  @Test
  void keyWrittenByLxcAuthenticates() throws Exception {
    assumeThat(Files.isExecutable(Path.of("/usr/bin/lxc"))).as("lxc is installed").isTrue();
    TrustToken token = local.lxd().certificates().createToken(CertificateAdd.client(name));
    Path config = Files.createDirectory(folder.resolve("lxc-config"));
    Map<String, String> environment = new HashMap<>();
    environment.put("LXD_CONF", config.toString());
    try {
      // lxc generates its client certificate in LXD_CONF, then enrols it with the token.
      run(environment, "lxc", "remote", "add", name, token.value());
    } finally {
      Path written = config.resolve("client.crt");
      if (Files.exists(written)) {
        trusted.add(ClientCertificate.load(written, config.resolve("client.key")).fingerprint());
      }
    }

    Path certificate = config.resolve("client.crt");
    Path key = config.resolve("client.key");

    assertThat(Files.readString(key)).contains("BEGIN EC PRIVATE KEY");
    assertThat(isTrusted(certificate, key)).isTrue();
  }

  /** Makes a certificate for an openssl key, trusts it and connects with both files. */
  private boolean authenticates(Path key) throws Exception {
    Path certificate = folder.resolve(key.getFileName() + ".crt");
    run(
        "openssl",
        "req",
        "-new",
        "-x509",
        "-key",
        key.toString(),
        "-subj",
        "/CN=" + name,
        "-days",
        "2",
        "-out",
        certificate.toString());
    trusted.add(local.trust(ClientCertificate.load(certificate, key), name + "-" + trusted.size()));
    return isTrusted(certificate, key);
  }

  private boolean isTrusted(Path certificate, Path key) {
    try (Lxd lxd =
        LxdClient.builder()
            .remote(LocalHttps.url())
            .clientCertificate(certificate, key)
            .serverFingerprint(local.serverFingerprint())
            .build()) {
      return lxd.server().info().isTrusted();
    }
  }

  private static void run(String... command) throws IOException, InterruptedException {
    run(Map.of(), command);
  }

  private static void run(Map<String, String> environment, String... command)
      throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().putAll(environment);
    Process process = builder.start();
    process.getOutputStream().close();
    byte[] output = process.getInputStream().readAllBytes();
    if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
      throw new AssertionError(
          String.join(" ", command.length > 0 ? command[0] : "", "failed: ")
              + new String(output, StandardCharsets.UTF_8));
    }
  }
}

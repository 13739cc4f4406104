package dev.lxdjava.transport;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lxdjava.core.Lxd;
import dev.lxdjava.core.instance.InstanceCreate;
import dev.lxdjava.testkit.LocalLxd;
import dev.lxdjava.testkit.TestNames;
import dev.lxdjava.transport.docs.RemoteExamples;
import dev.lxdjava.transport.tls.ClientCertificate;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the examples of {@code docs/remote.md} against the local daemon's loopback listener. */
@LocalLxd
class RemoteExamplesIT {
  private final Lxd lxd;
  private final String name = TestNames.unique();
  private LocalHttps local;
  private String previousAddress;

  @TempDir Path folder;

  RemoteExamplesIT(Lxd lxd) {
    this.lxd = lxd;
  }

  @BeforeEach
  void enableListener() {
    local = LocalHttps.open();
    previousAddress = local.enableListener();
  }

  @AfterEach
  void cleanUp() {
    if (lxd.instances().find(name).isPresent()) {
      lxd.instances().delete(name).await();
    }
    Path certificate = folder.resolve("client.crt");
    if (Files.exists(certificate)) {
      local.untrust(
          ClientCertificate.load(certificate, folder.resolve("client.key")).fingerprint());
    }
    local.restoreListener(previousAddress);
    local.close();
  }

  @Test
  void generateEnrolAndListInstances() throws Exception {
    lxd.instances()
        .create(InstanceCreate.builder(name).image(TestNames.IMAGE_ALIAS).build())
        .await();
    Path serverCertificate =
        Files.writeString(folder.resolve("server.crt"), local.serverCertificatePem());

    RemoteExamples.generate(folder);
    String tokenText = RemoteExamples.createToken(lxd, name);
    String enrolOutput = stdout(() -> RemoteExamples.enrol(folder, tokenText));
    String listOutput =
        stdout(() -> RemoteExamples.listInstances(folder, LocalHttps.url(), serverCertificate));

    // The captured output also contains the SDK's log lines, which the test logback config prints.
    assertThat(enrolOutput.lines()).contains("trusted");
    assertThat(listOutput.lines()).contains(name + " Stopped");
  }

  @Test
  void tokenNamesCertificate() {
    RemoteExamples.generate(folder);

    RemoteExamples.enrol(folder, RemoteExamples.createToken(lxd, name));

    String fingerprint =
        ClientCertificate.load(folder.resolve("client.crt"), folder.resolve("client.key"))
            .fingerprint();
    assertThat(lxd.certificates().get(fingerprint).name()).isEqualTo(name);
  }

  private static String stdout(Runnable action) {
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      action.run();
    } finally {
      System.setOut(original);
    }
    return captured.toString(StandardCharsets.UTF_8).strip();
  }
}

package dev.lxdjava.transport;

import dev.lxdjava.core.Lxd;
import dev.lxdjava.core.LxdException;
import dev.lxdjava.core.LxdTransportException;
import dev.lxdjava.testkit.TestNames;
import dev.lxdjava.testkit.contract.ContractTarget;
import dev.lxdjava.transport.tls.ClientCertificate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The contract suite against real LXD over HTTPS with a client certificate, on the loopback
 * listener {@value LocalHttps#ADDRESS}. {@link #connect()} switches the listener on if it is off,
 * generates a client certificate in a temporary folder and trusts it over the unix socket; {@link
 * #disconnect(Lxd)} removes the certificate and restores the listener's previous address.
 */
public final class MutualTlsTarget implements ContractTarget {
  private LocalHttps local;
  private String previousAddress;
  private String fingerprint;
  private Path folder;

  @Override
  public String name() {
    return "mutual-tls";
  }

  @Override
  public boolean isFake() {
    return false;
  }

  @Override
  public Lxd connect() {
    try {
      local = LocalHttps.open();
      previousAddress = local.enableListener();
      folder = Files.createTempDirectory("lxdjt-tls");
      String name = TestNames.unique();
      ClientCertificate.generate(name)
          .writePem(folder.resolve("client.crt"), folder.resolve("client.key"));
      ClientCertificate client =
          ClientCertificate.load(folder.resolve("client.crt"), folder.resolve("client.key"));
      fingerprint = local.trust(client, name);
      Lxd lxd =
          LxdClient.builder()
              .remote(LocalHttps.url())
              .clientCertificate(folder.resolve("client.crt"), folder.resolve("client.key"))
              .serverFingerprint(local.serverFingerprint())
              .build();
      if (!lxd.server().info().isTrusted()) {
        lxd.close();
        throw new LxdTransportException("LXD does not trust the test certificate " + fingerprint);
      }
      return lxd;
    } catch (IOException e) {
      cleanUp();
      throw new LxdTransportException("cannot create a folder for the test certificate", e);
    } catch (LxdException e) {
      cleanUp();
      throw e;
    }
  }

  @Override
  public void disconnect(Lxd lxd) {
    lxd.close();
    cleanUp();
  }

  private void cleanUp() {
    if (local == null) {
      return;
    }
    try {
      if (fingerprint != null) {
        local.untrust(fingerprint);
      }
      if (previousAddress != null) {
        local.restoreListener(previousAddress);
      }
    } finally {
      local.close();
      local = null;
      deleteFolder();
    }
  }

  private void deleteFolder() {
    if (folder == null) {
      return;
    }
    try (Stream<Path> files = Files.walk(folder)) {
      files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException ignored) {
      // Only a temporary folder is left behind.
    }
  }
}

package dev.lxdjava.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lxdjava.core.Lxd;
import dev.lxdjava.core.Scope;
import dev.lxdjava.core.image.ImageCopy;
import dev.lxdjava.core.image.ImageFiles;
import dev.lxdjava.core.image.ImageUpload;
import dev.lxdjava.core.image.Images;
import dev.lxdjava.core.operation.Operation;
import dev.lxdjava.core.project.ProjectCreate;
import dev.lxdjava.testkit.ImageTarballs;
import dev.lxdjava.testkit.LocalLxd;
import dev.lxdjava.testkit.TestNames;
import dev.lxdjava.transport.internal.LxdPath;
import dev.lxdjava.transport.internal.RestClient;
import dev.lxdjava.transport.internal.RestLxd;
import dev.lxdjava.transport.internal.UnixSocketConnection;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Copies an image from a "remote" LXD server without internet: the local daemon itself, through its
 * HTTPS listener on 127.0.0.1:8443, with its own certificate pinned in the request. The image is a
 * public copy in a source project of the test's own; the shared test image is not changed.
 *
 * <p>The listener is switched on only when it is off, and switched off again afterwards. Other
 * tests may switch it too: an address already set on a loopback interface is used as it is.
 */
@LocalLxd
class RemoteImageCopyIT {
  private static final String LISTENER = "127.0.0.1:8443";

  private final String source = TestNames.unique();
  private final String target = TestNames.unique();
  private final String alias = TestNames.unique();

  private RestClient rest;
  private Lxd lxd;
  private String previousAddress;
  private boolean switchedOn;

  @TempDir Path temp;

  @BeforeEach
  void connect() {
    UnixSocketConnection connection =
        UnixSocketConnection.open(
            SocketPaths.detect(System.getenv()).orElseThrow(), Duration.ofSeconds(10));
    rest = new RestClient(connection, JsonSupport.mapper(), Duration.ofMinutes(2));
    lxd = new RestLxd(rest, Scope.DEFAULT, true);
    for (String project : new String[] {source, target}) {
      lxd.projects()
          .create(
              ProjectCreate.of(project).withFeature("images", true).withFeature("profiles", false));
    }
  }

  @AfterEach
  void restore() {
    try {
      if (switchedOn && LISTENER.equals(httpsAddress())) {
        setHttpsAddress(previousAddress);
      }
      for (String project : new String[] {target, source}) {
        Lxd inProject = lxd.project(project);
        for (String fingerprint : inProject.images().fingerprints()) {
          inProject.images().delete(fingerprint).await();
        }
        lxd.projects().delete(project);
      }
    } finally {
      lxd.close();
    }
  }

  private String httpsAddress() {
    return lxd.server().info().config().getOrDefault("core.https_address", "");
  }

  private void setHttpsAddress(String address) {
    ObjectNode body = rest.json().createObjectNode();
    body.putObject("config").put("core.https_address", address);
    rest.send("PATCH", LxdPath.of(), body);
  }

  /** Returns the listener's address: the one already set if it is on loopback, otherwise ours. */
  private String listener() {
    previousAddress = httpsAddress();
    if (previousAddress.isEmpty()) {
      setHttpsAddress(LISTENER);
      switchedOn = true;
      return LISTENER;
    }
    assumeTrue(
        previousAddress.startsWith("127.") || previousAddress.startsWith("[::1]"),
        "LXD listens on "
            + previousAddress
            + ", not on loopback; this test only talks to loopback");
    return previousAddress;
  }

  @Test
  void copyFromOwnHttpsListenerWithPinnedCertificate() {
    Path exported =
        lxd.images()
            .export(lxd.images().aliases().get(TestNames.IMAGE_ALIAS).target(), temp)
            .main();
    Path tarball = ImageTarballs.withMarker(exported, temp.resolve("public.tar.gz"), source);
    Lxd inSource = lxd.project(source);
    String fingerprint =
        Images.fingerprintOf(
            inSource
                .images()
                .upload(ImageUpload.of(ImageFiles.unified(tarball)).withPublic(true))
                .await());
    inSource.images().aliases().create(alias, fingerprint, "public test image");
    String certificate = lxd.server().info().environment().certificate();
    String server = "https://" + listener();

    Operation copied =
        lxd.project(target)
            .images()
            .copy(
                ImageCopy.builder(server, "lxd")
                    .alias(alias)
                    .sourceProject(source)
                    .certificate(certificate)
                    .localAlias(alias)
                    .build())
            .await(Duration.ofMinutes(2));

    assertThat(Images.fingerprintOf(copied)).isEqualTo(fingerprint);
    assertThat(lxd.project(target).images().get(fingerprint).fingerprint()).isEqualTo(fingerprint);
    assertThat(lxd.project(target).images().aliases().get(alias).target()).isEqualTo(fingerprint);
    assertThat(lxd.images().find(fingerprint)).isEmpty();
  }
}

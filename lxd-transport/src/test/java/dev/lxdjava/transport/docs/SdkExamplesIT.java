package dev.lxdjava.transport.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lxdjava.core.Lxd;
import dev.lxdjava.core.instance.InstanceCreate;
import dev.lxdjava.testkit.LocalLxd;
import dev.lxdjava.testkit.TestNames;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the examples of {@code docs/sdk.md} against the local LXD. */
@LocalLxd
class SdkExamplesIT {
  private final Lxd lxd;
  private final String name = TestNames.unique();
  private final String other = TestNames.unique();

  SdkExamplesIT(Lxd lxd) {
    this.lxd = lxd;
  }

  @AfterEach
  void deleteInstances() {
    for (String instance : new String[] {name, other}) {
      lxd.instances()
          .find(instance)
          .ifPresent(
              found -> {
                if (found.isRunning()) {
                  lxd.instances().stop(instance, true).await();
                }
                lxd.instances().delete(instance).await();
              });
    }
  }

  private void createInstance() {
    lxd.instances()
        .create(InstanceCreate.builder(name).image(TestNames.IMAGE_ALIAS).build())
        .await();
  }

  @Test
  void connectExampleReachesDaemon() {
    assertThat(SdkExamples.connect()).endsWith(" staging");
  }

  @Test
  void instancesExampleRunsAndRenames() {
    var running = SdkExamples.instances(lxd, name, TestNames.IMAGE_ALIAS);

    assertThat(running).contains(name);
    assertThat(lxd.instances().get(name).config())
        .containsEntry("limits.memory", "256MiB")
        .containsEntry("user.owner", "ops");

    SdkExamples.renameAndDelete(lxd, name, other);

    assertThat(lxd.instances().find(other)).isEmpty();
  }

  @Test
  void snapshotsExampleRuns() {
    createInstance();

    assertThat(SdkExamples.snapshots(lxd, name))
        .singleElement()
        .asString()
        .startsWith("before-upgrade expires ");
    assertThat(lxd.snapshots().list(name)).isEmpty();
  }

  @Test
  void backupsExampleRuns(@TempDir Path directory) throws IOException {
    createInstance();

    SdkExamples.backups(lxd, name, other, directory.resolve("nightly.tar.gz"));

    assertThat(lxd.instances().find(other)).isPresent();
    assertThat(lxd.backups().list(name)).isEmpty();
  }

  @Test
  void filesExampleRuns(@TempDir Path directory) throws IOException {
    createInstance();
    Path local = Files.write(directory.resolve("data.bin"), new byte[] {0, 1, 2});

    String described = SdkExamples.files(lxd, name, local);

    assertThat(described).isEqualTo("mode 640, 12 bytes");
    try (var pushed = lxd.files().pull(name, "/root/data file #1.bin")) {
      assertThat(pushed.readAllBytes()).containsExactly(0, 1, 2);
    }
  }

  @Test
  void operationsExampleRuns() {
    assertThat(SdkExamples.operations(lxd, name, TestNames.IMAGE_ALIAS)).isNotNegative();
  }

  @Test
  void serverExampleRuns() {
    String key = "user." + TestNames.unique();

    assertThat(SdkExamples.server(lxd, key)).contains("threads");
    assertThat(lxd.server().info().config()).doesNotContainKey(key);
  }
}

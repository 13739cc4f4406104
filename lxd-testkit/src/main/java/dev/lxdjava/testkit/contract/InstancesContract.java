package dev.lxdjava.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.lxdjava.core.ListOptions;
import dev.lxdjava.core.Lxd;
import dev.lxdjava.core.LxdApiException;
import dev.lxdjava.core.LxdNotFoundException;
import dev.lxdjava.core.LxdValidationException;
import dev.lxdjava.core.file.FilePush;
import dev.lxdjava.core.instance.Instance;
import dev.lxdjava.core.instance.InstanceCreate;
import dev.lxdjava.core.instance.InstanceSource;
import dev.lxdjava.core.instance.InstanceType;
import dev.lxdjava.core.operation.LxdOperationException;
import dev.lxdjava.core.operation.Operation;
import dev.lxdjava.core.operation.OperationStatus;
import dev.lxdjava.core.snapshot.SnapshotCreate;
import dev.lxdjava.testkit.TestNames;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Instance life cycle, creation from every kind of source, lists, and LXD's errors on them. */
@LxdContract
public class InstancesContract {
  private final Lxd lxd;
  private final String name = TestNames.unique();
  private final String other = TestNames.unique();

  public InstancesContract(Lxd lxd) {
    this.lxd = lxd;
  }

  @AfterEach
  void deleteInstances() {
    ContractInstances.deleteIfPresent(lxd, name, other);
  }

  @Test
  void createStartStopDelete() {
    lxd.instances()
        .create(InstanceCreate.builder(name).image(TestNames.IMAGE_ALIAS).build())
        .await();

    Operation started = lxd.instances().start(name).await(Duration.ofSeconds(60));
    Instance running = lxd.instances().get(name);

    assertThat(started.status()).isEqualTo(OperationStatus.SUCCESS);
    assertThat(running.status()).isEqualTo("Running");
    assertThat(running.type()).isEqualTo(InstanceType.CONTAINER);
    assertThat(lxd.instances().state(name).pid()).isPositive();

    lxd.instances().stop(name, true).await();
    lxd.instances().delete(name).await();

    assertThat(lxd.instances().find(name)).isEmpty();
  }

  @Test
  void getUnknownInstanceRaisesNotFoundFromErrorCode() {
    assertThatThrownBy(() -> lxd.instances().get(name))
        .isInstanceOf(LxdNotFoundException.class)
        .satisfies(e -> assertThat(((LxdApiException) e).errorCode()).isEqualTo(404))
        .hasMessageContaining("Instance not found");
  }

  @Test
  void startingRunningInstanceRaisesOperationErrorWithLxdMessage() {
    ContractInstances.createRunning(lxd, name);

    assertThatThrownBy(() -> lxd.instances().start(name).await())
        .isInstanceOf(LxdApiException.class)
        .hasMessageContaining("already running");
  }

  @Test
  void failedOperationCarriesIdAndStatus() {
    ContractInstances.createRunning(lxd, name);

    var failure =
        catchThrowableOfType(
            LxdOperationException.class, () -> lxd.instances().start(name).await());

    assertThat(failure.operationId()).isNotEmpty();
    assertThat(failure.errorCode()).isEqualTo(400);
    assertThat(failure.operation().err()).contains("already running");
  }

  @Test
  void namesFilteredByNameAndType() {
    ContractInstances.create(lxd, name);
    String filter = "name eq " + name;

    List<String> containers = lxd.instances().names(filter, InstanceType.CONTAINER);
    List<String> machines = lxd.instances().names(filter, InstanceType.VIRTUAL_MACHINE);

    assertThat(containers).containsExactly(name);
    assertThat(machines).isEmpty();
  }

  @Test
  void recursionOneLeavesOutState() {
    ContractInstances.create(lxd, name);

    List<Instance> listed =
        lxd.instances().list(ListOptions.DEFAULT.withFilter("name eq " + name), null);

    assertThat(listed)
        .singleElement()
        .satisfies(
            instance -> {
              assertThat(instance.name()).isEqualTo(name);
              assertThat(instance.state()).isNull();
              assertThat(instance.snapshots()).isNull();
              assertThat(instance.backups()).isNull();
            });
  }

  @Test
  void recursionTwoEmbedsStateAndSnapshots() {
    ContractInstances.createRunning(lxd, name);
    lxd.snapshots().create(name, SnapshotCreate.of("snap0")).await();

    List<Instance> listed =
        lxd.instances().list(ListOptions.DEFAULT.withState().withFilter("name eq " + name), null);

    assertThat(listed)
        .singleElement()
        .satisfies(
            instance -> {
              assertThat(instance.state()).isNotNull();
              assertThat(instance.state().pid()).isPositive();
              assertThat(instance.snapshots())
                  .extracting(snapshot -> snapshot.name())
                  .containsExactly("snap0");
              assertThat(instance.backups()).isEmpty();
            });
  }

  @Test
  void createFromImageFingerprint() {
    ContractInstances.create(lxd, name);
    String fingerprint = lxd.instances().get(name).config().get("volatile.base_image");

    lxd.instances()
        .create(
            InstanceCreate.builder(other)
                .source(InstanceSource.imageFingerprint(fingerprint.substring(0, 12)))
                .build())
        .await();

    assertThat(lxd.instances().get(other).config())
        .containsEntry("volatile.base_image", fingerprint);
  }

  @Test
  void createAsCopyOfInstance() {
    ContractInstances.create(lxd, name);
    lxd.files().push(name, "/root/marker", "original".getBytes(), FilePush.defaults());

    lxd.instances()
        .create(InstanceCreate.builder(other).source(InstanceSource.copyOf(name)).build())
        .await();

    try (var copied = lxd.files().pull(other, "/root/marker")) {
      assertThat(new String(copied.readAllBytes())).isEqualTo("original");
    }
  }

  @Test
  void createAsCopyOfSnapshot() {
    ContractInstances.create(lxd, name);
    var files = lxd.files();
    files.push(name, "/root/marker", "in-snapshot".getBytes(), FilePush.defaults());
    lxd.snapshots().create(name, SnapshotCreate.of("snap0")).await();
    files.push(name, "/root/marker", "after-snapshot".getBytes(), FilePush.defaults());

    lxd.instances()
        .create(
            InstanceCreate.builder(other).source(InstanceSource.copyOf(name + "/snap0")).build())
        .await();

    try (var copied = files.pull(other, "/root/marker")) {
      assertThat(new String(copied.readAllBytes())).isEqualTo("in-snapshot");
    }
  }

  @Test
  void createEmptyInstanceWithoutImage() {
    lxd.instances()
        .create(InstanceCreate.builder(name).source(InstanceSource.none()).build())
        .await();

    Instance empty = lxd.instances().get(name);

    assertThat(empty.status()).isEqualTo("Stopped");
    assertThat(empty.config()).doesNotContainKey("volatile.base_image");
  }

  @Test
  void createWithProfilesConfigDevicesAndEphemeral() {
    InstanceCreate request =
        InstanceCreate.builder(name)
            .image(TestNames.IMAGE_ALIAS)
            .profiles(List.of("default"))
            .config("user.purpose", "contract")
            .device("lxdjt-none", Map.of("type", "none"))
            .ephemeral(true)
            .description("made by the contract suite")
            .build();

    lxd.instances().create(request).await();
    Instance created = lxd.instances().get(name);

    assertThat(created.profiles()).containsExactly("default");
    assertThat(created.config()).containsEntry("user.purpose", "contract");
    assertThat(created.devices()).containsEntry("lxdjt-none", Map.of("type", "none"));
    assertThat(created.ephemeral()).isTrue();
    assertThat(created.description()).isEqualTo("made by the contract suite");
  }

  @Test
  void ephemeralInstanceDisappearsWhenStopped() {
    lxd.instances()
        .create(InstanceCreate.builder(name).image(TestNames.IMAGE_ALIAS).ephemeral(true).build())
        .await();
    lxd.instances().start(name).await();

    lxd.instances().stop(name, true).await();

    assertThat(lxd.instances().find(name)).isEmpty();
  }

  @Test
  void virtualMachineTypeReachesLxd() {
    InstanceCreate request =
        InstanceCreate.builder(name)
            .type(InstanceType.VIRTUAL_MACHINE)
            .source(InstanceSource.none())
            .build();

    try {
      lxd.instances().create(request).await();
      assertThat(lxd.instances().get(name).type()).isEqualTo(InstanceType.VIRTUAL_MACHINE);
    } catch (LxdOperationException unsupported) {
      // Hosts without VM support (no vhost_vsock) name the type in their refusal.
      assertThat(unsupported.lxdMessage()).contains("virtual-machine");
    }
  }

  @Test
  void copySourceNamesAreCheckedBeforeAnyRequest() {
    for (String source : List.of("c1/a/b", "c1/..", "c1/%2e%2e", "c_1/snap0", "c1/a b")) {
      assertThatThrownBy(() -> InstanceSource.copyOf(source))
          .as(source)
          .isInstanceOf(LxdValidationException.class);
    }
  }
}

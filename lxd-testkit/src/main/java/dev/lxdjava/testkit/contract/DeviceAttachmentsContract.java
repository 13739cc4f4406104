package dev.lxdjava.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lxdjava.core.Lxd;
import dev.lxdjava.core.LxdValidationException;
import dev.lxdjava.core.instance.Instance;
import dev.lxdjava.core.instance.InstanceCreate;
import dev.lxdjava.core.network.NetworkCreate;
import dev.lxdjava.core.network.NicAttachment;
import dev.lxdjava.core.storage.DiskAttachment;
import dev.lxdjava.core.storage.StorageVolumeCreate;
import dev.lxdjava.core.storage.StorageVolumes;
import dev.lxdjava.testkit.TestNames;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Volumes and networks attached to an instance as devices and detached again. Detaching must really
 * remove the device, and must keep the instance's {@code volatile.*} keys.
 */
@LxdContract
public class DeviceAttachmentsContract {
  private final Lxd lxd;
  private final StorageVolumes volumes;
  private final String instance = TestNames.unique();
  private final String volume = TestNames.unique();
  private final String network = TestNames.unique();

  public DeviceAttachmentsContract(Lxd lxd) {
    this.lxd = lxd;
    this.volumes = lxd.storageVolumes(StorageVolumesContract.POOL);
  }

  @BeforeEach
  void createInstance() {
    lxd.instances()
        .create(InstanceCreate.builder(instance).image(TestNames.IMAGE_ALIAS).build())
        .await();
  }

  @AfterEach
  void deleteAll() {
    Cleanup.deleteInstance(lxd, instance);
    if (volumes.find(volume).isPresent()) {
      volumes.delete(volume);
    }
    if (lxd.networks().find(network).isPresent()) {
      lxd.networks().delete(network);
    }
  }

  @Test
  void attachVolumeAddsDiskDevice() {
    volumes.create(StorageVolumeCreate.of(volume));

    volumes.attach(volume, instance);

    assertThat(lxd.instances().get(instance).devices())
        .containsEntry(
            volume,
            Map.of(
                "type",
                "disk",
                "pool",
                StorageVolumesContract.POOL,
                "source",
                volume,
                "path",
                "/mnt/" + volume));
  }

  @Test
  void detachVolumeRemovesDevice() {
    volumes.create(StorageVolumeCreate.of(volume));
    volumes.attach(volume, new DiskAttachment(instance, "data", "/srv/data"));
    Instance before = lxd.instances().get(instance);

    boolean removed = volumes.detach(volume, instance);

    Instance after = lxd.instances().get(instance);
    assertThat(removed).isTrue();
    assertThat(before.devices()).containsKey("data");
    assertThat(after.devices()).doesNotContainKey("data");
    assertThat(after.config()).containsEntry("volatile.uuid", before.config().get("volatile.uuid"));
    assertThat(volumes.detach(volume, instance)).isFalse();
  }

  @Test
  void detachVolumeFromRunningInstance() {
    volumes.create(StorageVolumeCreate.of(volume));
    volumes.attach(volume, instance);
    lxd.instances().start(instance).await();

    boolean removed = volumes.detach(volume, instance);

    assertThat(removed).isTrue();
    assertThat(lxd.instances().get(instance).devices()).doesNotContainKey(volume);
  }

  @Test
  void attachRejectsTakenDeviceName() {
    volumes.create(StorageVolumeCreate.of(volume));
    volumes.attach(volume, instance);

    assertThatThrownBy(() -> volumes.attach(volume, instance))
        .isInstanceOf(LxdValidationException.class)
        .hasMessageContaining(volume);
  }

  @Test
  void nicAttachThenDetach() {
    lxd.networks()
        .create(
            NetworkCreate.bridge(network, Map.of("ipv4.address", "none", "ipv6.address", "none")));

    lxd.networks().attach(network, instance);
    Instance attached = lxd.instances().get(instance);
    boolean removed = lxd.networks().detach(network, instance);

    assertThat(attached.devices())
        .containsEntry(
            network,
            Map.of("type", "nic", "network", network, "name", NicAttachment.DEFAULT_INTERFACE));
    assertThat(removed).isTrue();
    assertThat(lxd.instances().get(instance).devices()).doesNotContainKey(network);
    assertThat(lxd.networks().get(network).usedBy()).isEmpty();
  }

  @Test
  void detachRunningNicKeepsVolatileKeys() {
    lxd.networks()
        .create(
            NetworkCreate.bridge(network, Map.of("ipv4.address", "none", "ipv6.address", "none")));
    lxd.networks().attach(network, instance);
    lxd.instances().start(instance).await();
    Instance running = lxd.instances().get(instance);

    boolean removed = lxd.networks().detach(network, instance);

    Instance after = lxd.instances().get(instance);
    assertThat(running.config()).containsKey("volatile." + network + ".hwaddr");
    assertThat(removed).isTrue();
    assertThat(after.devices()).doesNotContainKey(network);
    assertThat(after.isRunning()).isTrue();
    assertThat(after.config())
        .containsEntry("volatile.uuid", running.config().get("volatile.uuid"));
  }
}

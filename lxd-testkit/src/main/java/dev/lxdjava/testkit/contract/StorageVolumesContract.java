package dev.lxdjava.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lxdjava.core.Lxd;
import dev.lxdjava.core.LxdConflictException;
import dev.lxdjava.core.Tagged;
import dev.lxdjava.core.instance.InstanceCreate;
import dev.lxdjava.core.storage.StorageVolume;
import dev.lxdjava.core.storage.StorageVolumeCreate;
import dev.lxdjava.core.storage.StorageVolumeUpdate;
import dev.lxdjava.core.storage.StorageVolumes;
import dev.lxdjava.core.storage.VolumeType;
import dev.lxdjava.testkit.TestNames;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Custom volumes in the {@code default} pool: life cycle, ETags and rename. */
@LxdContract
public class StorageVolumesContract {
  static final String POOL = "default";

  private final Lxd lxd;
  private final StorageVolumes volumes;
  private final String name = TestNames.unique();
  private final String renamed = TestNames.unique();

  public StorageVolumesContract(Lxd lxd) {
    this.lxd = lxd;
    this.volumes = lxd.storageVolumes(POOL);
  }

  @AfterEach
  void deleteVolumes() {
    for (String volume : new String[] {name, renamed}) {
      if (volumes.find(volume).isPresent()) {
        volumes.delete(volume);
      }
    }
  }

  @Test
  void createGetListDelete() {
    volumes.create(StorageVolumeCreate.of(name).withSize("64MiB"));

    StorageVolume volume = volumes.get(name);

    assertThat(volume.name()).isEqualTo(name);
    assertThat(volume.type()).isEqualTo(VolumeType.CUSTOM);
    assertThat(volume.contentType()).isEqualTo("filesystem");
    assertThat(volume.config()).containsEntry("size", "64MiB");
    assertThat(volume.project()).isEqualTo(lxd.scope().project());
    assertThat(volumes.list(VolumeType.CUSTOM)).extracting(StorageVolume::name).contains(name);
    assertThat(volumes.list()).extracting(StorageVolume::name).contains(name);

    volumes.delete(name);

    assertThat(volumes.find(name)).isEmpty();
  }

  @Test
  void renameKeepsConfig() {
    volumes.create(StorageVolumeCreate.of(name).withSize("64MiB"));

    volumes.rename(name, renamed);

    assertThat(volumes.find(name)).isEmpty();
    assertThat(volumes.get(renamed).config()).containsEntry("size", "64MiB");
  }

  @Test
  void resizeSetsSize() {
    volumes.create(StorageVolumeCreate.of(name).withSize("64MiB"));

    volumes.resize(name, "128MiB");

    assertThat(volumes.get(name).config()).containsEntry("size", "128MiB");
  }

  @Test
  void updateWithEtagReplacesDescriptionAndConfig() {
    volumes.create(StorageVolumeCreate.of(name).withSize("64MiB"));
    Tagged<StorageVolume> read = volumes.getTagged(VolumeType.CUSTOM, name);

    volumes.update(
        VolumeType.CUSTOM,
        name,
        new StorageVolumeUpdate("changed by PUT", Map.of("user.note", "x")),
        read.etag());

    StorageVolume updated = volumes.get(name);
    assertThat(read.etag()).isNotEmpty();
    assertThat(updated.description()).isEqualTo("changed by PUT");
    assertThat(updated.config()).containsEntry("user.note", "x").doesNotContainKey("size");
  }

  @Test
  void patchMergesConfig() {
    volumes.create(StorageVolumeCreate.of(name).withSize("64MiB"));

    volumes.patch(VolumeType.CUSTOM, name, StorageVolumeUpdate.config(Map.of("user.a", "1")), "");

    assertThat(volumes.get(name).config()).containsEntry("user.a", "1").containsKey("size");
  }

  @Test
  void updateWithStaleEtagRaisesPreconditionFailed() {
    volumes.create(StorageVolumeCreate.of(name));
    Tagged<StorageVolume> stale = volumes.getTagged(VolumeType.CUSTOM, name);
    volumes.patch(VolumeType.CUSTOM, name, StorageVolumeUpdate.config(Map.of("user.a", "1")), "");

    StorageVolumeUpdate update = StorageVolumeUpdate.from(stale.value());

    assertThatThrownBy(() -> volumes.update(VolumeType.CUSTOM, name, update, stale.etag()))
        .isInstanceOf(LxdConflictException.class)
        .satisfies(e -> assertThat(((LxdConflictException) e).isPreconditionFailed()).isTrue());
  }

  @Test
  void instanceVolumesAreListedByType() {
    String instance = TestNames.unique();
    lxd.instances()
        .create(InstanceCreate.builder(instance).image(TestNames.IMAGE_ALIAS).build())
        .await();
    try {
      assertThat(volumes.list(VolumeType.CONTAINER))
          .extracting(StorageVolume::name)
          .contains(instance);
      assertThat(volumes.get(VolumeType.CONTAINER, instance).type())
          .isEqualTo(VolumeType.CONTAINER);
    } finally {
      lxd.instances().delete(instance).await();
    }
  }
}

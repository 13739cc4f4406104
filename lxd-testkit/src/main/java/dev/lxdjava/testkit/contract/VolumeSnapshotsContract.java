package dev.lxdjava.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.lxdjava.core.Lxd;
import dev.lxdjava.core.LxdApiException;
import dev.lxdjava.core.storage.StoragePool;
import dev.lxdjava.core.storage.StorageVolume;
import dev.lxdjava.core.storage.StorageVolumeCreate;
import dev.lxdjava.core.storage.StorageVolumeSnapshot;
import dev.lxdjava.core.storage.StorageVolumeSnapshots;
import dev.lxdjava.core.storage.StorageVolumes;
import dev.lxdjava.core.storage.VolumeType;
import dev.lxdjava.testkit.TestNames;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Snapshots of a custom volume: create, list, rename, expiry, restore and delete. LXD 5.0.2
 * restores a volume's data from a snapshot, not its configuration.
 */
@LxdContract
public class VolumeSnapshotsContract {
  private final Lxd lxd;
  private final StorageVolumes volumes;
  private final String volume = TestNames.unique();
  private final StorageVolumeSnapshots snapshots;

  public VolumeSnapshotsContract(Lxd lxd) {
    this.lxd = lxd;
    this.volumes = lxd.storageVolumes(StorageVolumesContract.POOL);
    this.snapshots = volumes.snapshots(volume);
  }

  @BeforeEach
  void createVolume() {
    volumes.create(StorageVolumeCreate.of(volume));
  }

  @AfterEach
  void deleteVolume() {
    for (StorageVolumeSnapshot snapshot : snapshots.list()) {
      snapshots.delete(snapshot.name()).await();
    }
    volumes.delete(volume);
  }

  @Test
  void createListGetDelete() {
    snapshots.create("snap0").await();

    StorageVolumeSnapshot snapshot = snapshots.get("snap0");

    assertThat(snapshot.name()).isEqualTo("snap0");
    assertThat(snapshot.expiresAt()).isNull();
    assertThat(snapshots.list()).extracting(StorageVolumeSnapshot::name).containsExactly("snap0");

    snapshots.delete("snap0").await();

    assertThat(snapshots.find("snap0")).isEmpty();
  }

  @Test
  void volumeListsLeaveSnapshotsOut() {
    snapshots.create("snap0").await();

    var listed = volumes.list(VolumeType.CUSTOM);

    assertThat(listed).extracting(StorageVolume::name).contains(volume);
    assertThat(listed).extracting(StorageVolume::name).noneMatch(name -> name.contains("/"));
  }

  @Test
  void renameMovesSnapshot() {
    snapshots.create("snap0").await();

    snapshots.rename("snap0", "snap1").await();

    assertThat(snapshots.list()).extracting(StorageVolumeSnapshot::name).containsExactly("snap1");
  }

  @Test
  void createWithExpirySetsIt() {
    Instant expiry = Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);

    snapshots.create("snap0", expiry).await();

    assertThat(snapshots.get("snap0").expiresAt()).isEqualTo(expiry);
  }

  @Test
  void updateChangesDescriptionAndClearsExpiry() {
    Instant expiry = Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
    snapshots.create("snap0", expiry).await();
    String etag = snapshots.getTagged("snap0").etag();

    snapshots.update("snap0", "kept", null, etag);

    StorageVolumeSnapshot updated = snapshots.get("snap0");
    assertThat(updated.description()).isEqualTo("kept");
    assertThat(updated.expiresAt()).isNull();
  }

  @Test
  void restoreBringsBackData() throws Exception {
    Path data = volumeDirectory().resolve("marker");
    Files.writeString(data, "before");
    snapshots.create("snap0").await();
    Files.writeString(data, "after");

    snapshots.restore("snap0");

    assertThat(Files.readString(data)).isEqualTo("before");
  }

  @Test
  void restoreUnknownSnapshotRaises() {
    assertThatThrownBy(() -> snapshots.restore("missing")).isInstanceOf(LxdApiException.class);
  }

  /**
   * Returns the host directory of the test volume in a {@code dir} pool on this machine. Tests that
   * need it are skipped when the pool is elsewhere, for example on a remote or fake target.
   */
  private Path volumeDirectory() {
    StoragePool pool = lxd.storagePools().get(StorageVolumesContract.POOL);
    String source = pool.config().getOrDefault("source", "");
    Path directory = Path.of(source, "custom", lxd.scope().project() + "_" + volume);
    assumeTrue(
        pool.driver().equals("dir") && Files.isDirectory(directory) && Files.isWritable(directory),
        "the volume's directory " + directory + " is not reachable from this test");
    return directory;
  }
}

package dev.lxdjava.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lxdjava.core.Lxd;
import dev.lxdjava.core.LxdNotFoundException;
import dev.lxdjava.core.LxdValidationException;
import dev.lxdjava.core.backup.BackupCreate;
import dev.lxdjava.core.backup.BackupImport;
import dev.lxdjava.core.backup.Backups;
import dev.lxdjava.core.backup.InstanceBackup;
import dev.lxdjava.core.file.FilePush;
import dev.lxdjava.core.operation.Operation;
import dev.lxdjava.testkit.TestNames;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Instance backups: create with options, rename, delete, names, and streamed export and import. The
 * build runs this class in a JVM whose heap is smaller than the large backup it moves, so a
 * buffered body would fail with OutOfMemoryError.
 */
@LxdContract
public class BackupsContract {
  /** Size of the random file in the large backup: more than 100 MiB. */
  static final long LARGE_FILE_BYTES = 110L * 1024 * 1024;

  private final Lxd lxd;
  private final Backups backups;
  private final String name = TestNames.unique();
  private final String imported = TestNames.unique();

  public BackupsContract(Lxd lxd) {
    this.lxd = lxd;
    this.backups = lxd.backups();
  }

  @BeforeEach
  void createInstance() {
    ContractInstances.create(lxd, name);
  }

  @AfterEach
  void deleteInstances() {
    ContractInstances.deleteIfPresent(lxd, name, imported);
  }

  @Test
  void createWithOptionsThenListAndGet() {
    Instant expiry = Instant.parse("2099-05-06T07:08:09Z");
    BackupCreate request =
        BackupCreate.named("nightly")
            .withExpiresAt(expiry)
            .withInstanceOnly(true)
            .withOptimizedStorage(false)
            .withCompressionAlgorithm("gzip");

    Operation done = backups.create(name, request).await();

    assertThat(done.resourceNames("backups")).containsExactly("nightly");
    assertThat(backups.list(name)).extracting(InstanceBackup::name).containsExactly("nightly");
    InstanceBackup backup = backups.get(name, "nightly");
    assertThat(backup.expiresAt()).isEqualTo(expiry);
    assertThat(backup.instanceOnly()).isTrue();
    assertThat(backup.optimizedStorage()).isFalse();
  }

  @Test
  void unnamedBackupIsNamedByOperationResources() {
    Operation done = backups.create(name, BackupCreate.unnamed()).await();

    String chosen = done.resourceNames("backups").get(0);

    assertThat(chosen).startsWith("backup");
    assertThat(backups.get(name, chosen).expires()).isFalse();
  }

  @Test
  void renameAndDelete() {
    backups.create(name, BackupCreate.named("first")).await();

    backups.rename(name, "first", "second").await();
    boolean firstGone = backups.find(name, "first").isEmpty();
    backups.delete(name, "second").await();

    assertThat(firstGone).isTrue();
    assertThat(backups.list(name)).isEmpty();
  }

  @Test
  void exportOfMissingBackupRaisesNotFound() {
    assertThatThrownBy(() -> backups.export(name, "missing"))
        .isInstanceOf(LxdNotFoundException.class);
  }

  @Test
  void importCreatesInstanceUnderNewNameInPool() throws Exception {
    lxd.files().push(name, "/root/marker", "backed up".getBytes(), FilePush.defaults());
    backups.create(name, BackupCreate.named("small")).await();

    Operation done;
    try (InputStream tarball = backups.export(name, "small")) {
      done = backups.importBackup(tarball, BackupImport.as(imported).withPool("default")).await();
    }

    assertThat(done.findInstanceName()).contains(imported);
    try (var marker = lxd.files().pull(imported, "/root/marker")) {
      assertThat(new String(marker.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("backed up");
    }
  }

  @Test
  @NotOnFake(
      "the fake keeps files and backups in the heap of the test JVM, which this test limits to"
          + " 64 MiB to show that a backup larger than the heap streams")
  void largeBackupStreamsThroughExportIntoImport() throws Exception {
    MessageDigest pushed = Streams.sha256();
    try (InputStream random = Streams.digesting(new RandomBytes(42, LARGE_FILE_BYTES), pushed)) {
      lxd.files().push(name, "/root/random.bin", random, FilePush.defaults());
    }
    BackupCreate request =
        BackupCreate.named("large").withInstanceOnly(true).withCompressionAlgorithm("none");
    backups.create(name, request).await();

    MessageDigest exported = Streams.sha256();
    Streams.Counting counted = new Streams.Counting(backups.export(name, "large"));
    try (InputStream export = Streams.digesting(counted, exported)) {
      backups.importBackup(export, BackupImport.as(imported)).await();
    }
    String exportDigest = Streams.hex(exported);
    String secondExportDigest = Streams.sha256Of(backups.export(name, "large"));
    String importedFileDigest =
        Streams.sha256Of(lxd.files().pull(imported, "/root/random.bin").content());

    assertThat(counted.count()).isGreaterThan(100L * 1024 * 1024);
    assertThat(exportDigest).isEqualTo(secondExportDigest);
    assertThat(importedFileDigest).isEqualTo(Streams.hex(pushed));
  }

  @Test
  void unsafeNamesAreRejectedBeforeAnyRequest() {
    // The instance does not exist: a request that reached LXD would fail with not found instead.
    String missing = TestNames.unique();
    for (String unsafe : SnapshotsContract.UNSAFE_NAMES) {
      assertRejected(unsafe, () -> backups.create(missing, BackupCreate.named(unsafe)));
      assertRejected(unsafe, () -> backups.get(missing, unsafe));
      assertRejected(unsafe, () -> backups.rename(missing, "b0", unsafe));
      assertRejected(unsafe, () -> backups.rename(missing, unsafe, "b0"));
      assertRejected(unsafe, () -> backups.delete(missing, unsafe));
      assertRejected(unsafe, () -> backups.export(missing, unsafe));
    }
  }

  private static void assertRejected(String name, Executable call) {
    assertThatThrownBy(call::execute)
        .as("backup name %s", name)
        .isInstanceOf(LxdValidationException.class)
        .hasMessageContaining("backup name");
  }
}

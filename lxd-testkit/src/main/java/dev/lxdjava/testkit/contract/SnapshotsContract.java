package dev.lxdjava.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.lxdjava.core.Lxd;
import dev.lxdjava.core.LxdConflictException;
import dev.lxdjava.core.LxdNotFoundException;
import dev.lxdjava.core.LxdValidationException;
import dev.lxdjava.core.Tagged;
import dev.lxdjava.core.file.FilePush;
import dev.lxdjava.core.snapshot.InstanceSnapshot;
import dev.lxdjava.core.snapshot.SnapshotCreate;
import dev.lxdjava.core.snapshot.Snapshots;
import dev.lxdjava.testkit.TestNames;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Instance snapshots: create with expiry, rename, expiry updates, restore, delete, names. */
@LxdContract
public class SnapshotsContract {
  /** Names that must never become a path segment, also in percent-encoded form. */
  static final List<String> UNSAFE_NAMES =
      List.of("a/b", "..", "../x", "%2F", "a%2Fb", "%2e%2e", "%2E%2E%2Fx", "%252e%252e");

  private final Lxd lxd;
  private final Snapshots snapshots;
  private final String name = TestNames.unique();

  public SnapshotsContract(Lxd lxd) {
    this.lxd = lxd;
    this.snapshots = lxd.snapshots();
  }

  @BeforeEach
  void createInstance() {
    ContractInstances.create(lxd, name);
  }

  @AfterEach
  void deleteInstance() {
    ContractInstances.deleteIfPresent(lxd, name);
  }

  @Test
  void createWithExpiryThenListAndGet() {
    Instant expiry = Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);

    snapshots.create(name, SnapshotCreate.of("snap0").withExpiresAt(expiry)).await();
    snapshots.create(name, SnapshotCreate.of("snap1")).await();

    assertThat(snapshots.list(name))
        .extracting(InstanceSnapshot::name)
        .containsExactly("snap0", "snap1");
    InstanceSnapshot first = snapshots.get(name, "snap0");
    assertThat(first.expiresAt()).isEqualTo(expiry);
    assertThat(first.expires()).isTrue();
    assertThat(first.stateful()).isFalse();
    assertThat(first.createdAt()).isNotNull();
    assertThat(snapshots.get(name, "snap1").expires()).isFalse();
  }

  @Test
  void renameMovesSnapshot() {
    snapshots.create(name, SnapshotCreate.of("snap0")).await();

    snapshots.rename(name, "snap0", "renamed").await();

    assertThat(snapshots.find(name, "snap0")).isEmpty();
    assertThat(snapshots.get(name, "renamed").name()).isEqualTo("renamed");
  }

  @Test
  void updateExpirySetsAndClears() {
    snapshots.create(name, SnapshotCreate.of("snap0")).await();
    Instant expiry = Instant.parse("2099-01-02T03:04:05Z");

    Tagged<InstanceSnapshot> tagged = snapshots.getTagged(name, "snap0");
    snapshots.updateExpiry(name, "snap0", expiry, tagged.etag()).await();
    Instant set = snapshots.get(name, "snap0").expiresAt();
    snapshots.updateExpiry(name, "snap0", null, "").await();

    assertThat(tagged.etag()).isNotBlank();
    assertThat(set).isEqualTo(expiry);
    assertThat(snapshots.get(name, "snap0").expires()).isFalse();
  }

  @Test
  void updateExpiryWithStaleEtagFailsPrecondition() {
    snapshots.create(name, SnapshotCreate.of("snap0")).await();
    String stale = snapshots.getTagged(name, "snap0").etag();
    snapshots.updateExpiry(name, "snap0", Instant.parse("2098-01-01T00:00:00Z"), "").await();

    var conflict =
        catchThrowableOfType(
            LxdConflictException.class,
            () ->
                snapshots
                    .updateExpiry(name, "snap0", Instant.parse("2097-01-01T00:00:00Z"), stale)
                    .await());

    assertThat(conflict.isPreconditionFailed()).isTrue();
    assertThat(snapshots.get(name, "snap0").expiresAt())
        .isEqualTo(Instant.parse("2098-01-01T00:00:00Z"));
  }

  @Test
  void restoreBringsBackFilesOfSnapshot() {
    push("/root/state", "before");
    snapshots.create(name, SnapshotCreate.of("snap0")).await();
    push("/root/state", "after");

    snapshots.restore(name, "snap0").await();

    try (var restored = lxd.files().pull(name, "/root/state")) {
      assertThat(new String(restored.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("before");
    }
  }

  @Test
  void deleteRemovesSnapshot() {
    snapshots.create(name, SnapshotCreate.of("snap0")).await();

    snapshots.delete(name, "snap0").await();

    assertThat(snapshots.list(name)).isEmpty();
    assertThatThrownBy(() -> snapshots.get(name, "snap0")).isInstanceOf(LxdNotFoundException.class);
  }

  @Test
  void unsafeNamesAreRejectedBeforeAnyRequest() {
    // The instance does not exist: a request that reached LXD would fail with not found instead.
    String missing = TestNames.unique();
    for (String unsafe : UNSAFE_NAMES) {
      assertRejected(unsafe, () -> snapshots.create(missing, SnapshotCreate.of(unsafe)));
      assertRejected(unsafe, () -> snapshots.get(missing, unsafe));
      assertRejected(unsafe, () -> snapshots.rename(missing, "snap0", unsafe));
      assertRejected(unsafe, () -> snapshots.rename(missing, unsafe, "snap0"));
      assertRejected(unsafe, () -> snapshots.updateExpiry(missing, unsafe, null, ""));
      assertRejected(unsafe, () -> snapshots.restore(missing, unsafe));
      assertRejected(unsafe, () -> snapshots.delete(missing, unsafe));
    }
  }

  @Test
  void lxdSnapshotRuleCheckedBeforeRequest() {
    for (String invalid : List.of("a b", "a?b", "a&b", "a+b")) {
      assertRejected(invalid, () -> SnapshotCreate.of(invalid));
    }
  }

  private static void assertRejected(String name, Executable call) {
    assertThatThrownBy(call::execute)
        .as("snapshot name %s", name)
        .isInstanceOf(LxdValidationException.class)
        .hasMessageContaining("snapshot name");
  }

  private void push(String path, String content) {
    lxd.files().push(name, path, content.getBytes(StandardCharsets.UTF_8), FilePush.defaults());
  }
}

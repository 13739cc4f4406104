package dev.lxdjava.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lxdjava.core.Lxd;
import dev.lxdjava.core.LxdConflictException;
import dev.lxdjava.core.LxdNotFoundException;
import dev.lxdjava.core.Tagged;
import dev.lxdjava.core.storage.StoragePool;
import dev.lxdjava.core.storage.StoragePoolCreate;
import dev.lxdjava.core.storage.StoragePoolResources;
import dev.lxdjava.core.storage.StoragePoolUpdate;
import dev.lxdjava.testkit.TestNames;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Storage pool life cycle, ETags and resources, on a {@code dir} pool the test creates. */
@LxdContract
public class StoragePoolsContract {
  private final Lxd lxd;
  private final String name = TestNames.unique();

  public StoragePoolsContract(Lxd lxd) {
    this.lxd = lxd;
  }

  @AfterEach
  void deletePool() {
    if (lxd.storagePools().find(name).isPresent()) {
      lxd.storagePools().delete(name);
    }
  }

  @Test
  void createGetListDelete() {
    lxd.storagePools().create(StoragePoolCreate.of(name, "dir"));

    StoragePool pool = lxd.storagePools().get(name);

    assertThat(pool.name()).isEqualTo(name);
    assertThat(pool.driver()).isEqualTo("dir");
    assertThat(pool.status()).isEqualTo("Created");
    assertThat(pool.config()).containsKey("source");
    assertThat(lxd.storagePools().names()).contains(name);
    assertThat(lxd.storagePools().list()).extracting(StoragePool::name).contains(name);

    lxd.storagePools().delete(name);

    assertThat(lxd.storagePools().find(name)).isEmpty();
  }

  @Test
  void updateWithEtagReplacesDescription() {
    lxd.storagePools().create(StoragePoolCreate.of(name, "dir"));
    Tagged<StoragePool> read = lxd.storagePools().getTagged(name);

    StoragePoolUpdate update = new StoragePoolUpdate("changed by PUT", read.value().config());
    lxd.storagePools().update(name, update, read.etag());

    assertThat(read.etag()).isNotEmpty();
    assertThat(lxd.storagePools().get(name).description()).isEqualTo("changed by PUT");
  }

  @Test
  void updateWithStaleEtagRaisesPreconditionFailed() {
    lxd.storagePools().create(StoragePoolCreate.of(name, "dir"));
    Tagged<StoragePool> stale = lxd.storagePools().getTagged(name);
    lxd.storagePools().patch(name, StoragePoolUpdate.config(Map.of("rsync.bwlimit", "10MB")), "");

    StoragePoolUpdate update = StoragePoolUpdate.from(stale.value());

    assertThatThrownBy(() -> lxd.storagePools().update(name, update, stale.etag()))
        .isInstanceOf(LxdConflictException.class)
        .satisfies(e -> assertThat(((LxdConflictException) e).isPreconditionFailed()).isTrue());
  }

  @Test
  void patchMergesConfig() {
    lxd.storagePools().create(StoragePoolCreate.of(name, "dir"));
    String source = lxd.storagePools().get(name).config().get("source");

    lxd.storagePools()
        .patch(
            name,
            StoragePoolUpdate.config(Map.of("rsync.bwlimit", "10MB")),
            lxd.storagePools().getTagged(name).etag());

    StoragePool patched = lxd.storagePools().get(name);
    assertThat(patched.config()).containsEntry("rsync.bwlimit", "10MB");
    assertThat(patched.config()).containsEntry("source", source);
  }

  @Test
  void resourcesReportSpace() {
    lxd.storagePools().create(StoragePoolCreate.of(name, "dir"));

    StoragePoolResources resources = lxd.storagePools().resources(name);

    assertThat(resources.space().total()).isPositive();
    assertThat(resources.space().used()).isBetween(0L, resources.space().total());
  }

  @Test
  void getUnknownPoolRaisesNotFound() {
    assertThatThrownBy(() -> lxd.storagePools().get(name)).isInstanceOf(LxdNotFoundException.class);
  }
}

package dev.lxdjava.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.lxdjava.core.Lxd;
import dev.lxdjava.core.LxdConflictException;
import dev.lxdjava.core.Tagged;
import dev.lxdjava.core.instance.Instance;
import dev.lxdjava.core.instance.InstancePatch;
import dev.lxdjava.core.instance.InstanceUpdate;
import dev.lxdjava.core.operation.Operation;
import dev.lxdjava.testkit.TestNames;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Replacing (PUT) and merging (PATCH) updates with ETags, and renames. */
@LxdContract
public class InstanceUpdatesContract {
  private final Lxd lxd;
  private final String name = TestNames.unique();
  private final String renamed = TestNames.unique();

  public InstanceUpdatesContract(Lxd lxd) {
    this.lxd = lxd;
  }

  @BeforeEach
  void createInstance() {
    ContractInstances.create(lxd, name);
  }

  @AfterEach
  void deleteInstances() {
    ContractInstances.deleteIfPresent(lxd, name, renamed);
  }

  @Test
  void getTaggedCarriesEtag() {
    Tagged<Instance> tagged = lxd.instances().getTagged(name);

    assertThat(tagged.value().name()).isEqualTo(name);
    assertThat(tagged.etag()).isNotBlank();
  }

  @Test
  void updateReplacesConfigAndKeepsVolatileKeys() {
    Tagged<Instance> before = lxd.instances().getTagged(name);
    InstanceUpdate update =
        InstanceUpdate.from(before.value())
            .withConfig("user.color", "blue")
            .withDescription("updated");

    lxd.instances().update(name, update, before.etag()).await();
    Instance after = lxd.instances().get(name);

    assertThat(after.config()).containsEntry("user.color", "blue");
    assertThat(after.description()).isEqualTo("updated");
    assertThat(after.config())
        .containsEntry("volatile.uuid", before.value().config().get("volatile.uuid"))
        .containsEntry("volatile.idmap.next", before.value().config().get("volatile.idmap.next"));
  }

  @Test
  void updateRemovesWhatItLeavesOut() {
    lxd.instances().patch(name, InstancePatch.builder().config("user.old", "x").build(), "");
    Tagged<Instance> before = lxd.instances().getTagged(name);

    lxd.instances()
        .update(name, InstanceUpdate.from(before.value()).withoutConfig("user.old"), "")
        .await();

    assertThat(lxd.instances().get(name).config()).doesNotContainKey("user.old");
  }

  @Test
  void updateWithStaleEtagFailsPrecondition() {
    Tagged<Instance> stale = lxd.instances().getTagged(name);
    lxd.instances().patch(name, InstancePatch.builder().config("user.first", "1").build(), "");
    InstanceUpdate update = InstanceUpdate.from(stale.value()).withConfig("user.second", "2");

    var conflict =
        catchThrowableOfType(
            LxdConflictException.class,
            () -> lxd.instances().update(name, update, stale.etag()).await());

    assertThat(conflict.isPreconditionFailed()).isTrue();
    assertThat(lxd.instances().get(name).config())
        .containsEntry("user.first", "1")
        .doesNotContainKey("user.second");
  }

  @Test
  void patchMergesAndEmptyValueRemoves() {
    lxd.instances().patch(name, InstancePatch.builder().config("user.a", "1").build(), "");
    lxd.instances().patch(name, InstancePatch.builder().config("user.b", "2").build(), "");

    lxd.instances().patch(name, InstancePatch.builder().removeConfig("user.a").build(), "");
    Instance patched = lxd.instances().get(name);

    assertThat(patched.config()).containsEntry("user.b", "2").doesNotContainKey("user.a");
  }

  @Test
  void patchAddsDeviceAndSetsDescription() {
    InstancePatch patch =
        InstancePatch.builder()
            .device("lxdjt-none", Map.of("type", "none"))
            .description("patched")
            .build();

    lxd.instances().patch(name, patch, lxd.instances().getTagged(name).etag());
    Instance patched = lxd.instances().get(name);

    assertThat(patched.devices()).containsKey("lxdjt-none");
    assertThat(patched.description()).isEqualTo("patched");
  }

  @Test
  void patchWithStaleEtagFailsPrecondition() {
    String stale = lxd.instances().getTagged(name).etag();
    lxd.instances().patch(name, InstancePatch.builder().config("user.a", "1").build(), "");

    var conflict =
        catchThrowableOfType(
            LxdConflictException.class,
            () ->
                lxd.instances()
                    .patch(name, InstancePatch.builder().config("user.b", "2").build(), stale));

    assertThat(conflict.isPreconditionFailed()).isTrue();
    assertThat(conflict.errorCode()).isEqualTo(412);
  }

  @Test
  void updateDetachesDevice() {
    lxd.instances()
        .patch(
            name, InstancePatch.builder().device("lxdjt-none", Map.of("type", "none")).build(), "");
    Tagged<Instance> withDevice = lxd.instances().getTagged(name);

    lxd.instances()
        .update(
            name,
            InstanceUpdate.from(withDevice.value()).withoutDevice("lxdjt-none"),
            withDevice.etag())
        .await();

    assertThat(lxd.instances().get(name).devices()).doesNotContainKey("lxdjt-none");
  }

  @Test
  void renameMovesInstance() {
    Operation done = lxd.instances().rename(name, renamed).await();

    assertThat(done.findInstanceName()).contains(name);
    assertThat(lxd.instances().find(name)).isEmpty();
    assertThat(lxd.instances().get(renamed).name()).isEqualTo(renamed);
  }
}

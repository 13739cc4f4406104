package dev.lxdjava.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lxdjava.core.Lxd;
import dev.lxdjava.core.LxdValidationException;
import dev.lxdjava.core.network.NetworkCreate;
import dev.lxdjava.core.project.ProjectCreate;
import dev.lxdjava.core.storage.StorageVolumeCreate;
import dev.lxdjava.testkit.TestNames;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * Names that would address another path are rejected before any request, for every kind of object
 * whose name becomes a path segment, and nothing is created.
 */
@LxdContract
public class NameRulesContract {
  /** A slash, a parent directory, and their single, double and mixed-case percent encodings. */
  static final List<String> PATH_TRICKS =
      List.of("a/b", "..", "%2F", "a%2fb", "%2e%2e", "%2E%2E", "%252e%252e", "%252F");

  private final Lxd lxd;

  public NameRulesContract(Lxd lxd) {
    this.lxd = lxd;
  }

  private static void assertRejected(String name, ThrowingCallable call) {
    assertThatThrownBy(call)
        .as("name %s", name)
        .isInstanceOf(LxdValidationException.class)
        .hasMessageContaining(name);
  }

  @Test
  void volumeNamesRejected() {
    for (String trick : PATH_TRICKS) {
      String name = TestNames.PREFIX + trick;

      assertRejected(
          name, () -> lxd.storageVolumes("default").create(StorageVolumeCreate.of(name)));
      assertRejected(name, () -> lxd.storageVolumes("default").get(name));
      assertRejected(name, () -> lxd.storageVolumes("default").delete(name));
    }
    assertThat(lxd.storageVolumes("default").list())
        .noneMatch(volume -> volume.name().startsWith(TestNames.PREFIX + "%"));
  }

  @Test
  void networkNamesRejected() {
    for (String trick : PATH_TRICKS) {
      String name = "jt" + trick;

      assertRejected(name, () -> lxd.networks().create(NetworkCreate.bridge(name, Map.of())));
      assertRejected(name, () -> lxd.networks().get(name));
      assertRejected(name, () -> lxd.networks().delete(name));
    }
  }

  @Test
  void networkNameLongerThanInterfaceRejected() {
    String name = TestNames.unique() + "xy";

    assertThatThrownBy(() -> lxd.networks().create(NetworkCreate.bridge(name, Map.of())))
        .isInstanceOf(LxdValidationException.class)
        .hasMessageContaining("15 characters");
  }

  @Test
  void projectNamesRejected() {
    for (String trick : PATH_TRICKS) {
      String name = TestNames.PREFIX + trick;

      assertRejected(name, () -> lxd.projects().create(ProjectCreate.of(name)));
      assertRejected(name, () -> lxd.projects().delete(name));
      assertRejected(name, () -> lxd.project(name));
    }
    assertThat(lxd.projects().names()).noneMatch(project -> project.contains("%"));
  }

  @Test
  void imageAliasNamesRejected() {
    String target = lxd.project("default").images().aliases().get(TestNames.IMAGE_ALIAS).target();
    for (String trick : PATH_TRICKS) {
      String name = TestNames.PREFIX + trick;

      assertRejected(name, () -> lxd.images().aliases().create(name, target, ""));
      assertRejected(name, () -> lxd.images().aliases().get(name));
      assertRejected(name, () -> lxd.images().aliases().rename(TestNames.IMAGE_ALIAS, name));
    }
    assertThat(lxd.images().aliases().list())
        .noneMatch(alias -> alias.name().startsWith(TestNames.PREFIX + "%"));
  }
}

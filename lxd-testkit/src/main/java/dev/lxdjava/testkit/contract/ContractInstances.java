package dev.lxdjava.testkit.contract;

import dev.lxdjava.core.Lxd;
import dev.lxdjava.core.LxdNotFoundException;
import dev.lxdjava.core.instance.Instance;
import dev.lxdjava.core.instance.InstanceCreate;
import dev.lxdjava.testkit.TestNames;
import java.util.Optional;

/** Creates and removes the test instances that contract tests work on. */
final class ContractInstances {
  private ContractInstances() {}

  /** Creates a stopped container from the test image and waits until it exists. */
  static void create(Lxd lxd, String name) {
    lxd.instances()
        .create(InstanceCreate.builder(name).image(TestNames.IMAGE_ALIAS).build())
        .await();
  }

  /** Creates and starts a container from the test image. */
  static void createRunning(Lxd lxd, String name) {
    create(lxd, name);
    lxd.instances().start(name).await();
  }

  /** Stops and deletes each instance that exists; for {@code @AfterEach}. */
  static void deleteIfPresent(Lxd lxd, String... names) {
    for (String name : names) {
      Optional<Instance> instance = lxd.instances().find(name);
      if (instance.isEmpty()) {
        continue;
      }
      try {
        if (instance.get().isRunning() || instance.get().statusCode() == 110) {
          lxd.instances().stop(name, true).await();
        }
        lxd.instances().delete(name).await();
      } catch (LxdNotFoundException alreadyGone) {
        // An ephemeral instance deletes itself when it stops.
      }
    }
  }
}

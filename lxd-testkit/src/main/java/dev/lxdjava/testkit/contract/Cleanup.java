package dev.lxdjava.testkit.contract;

import dev.lxdjava.core.Lxd;
import dev.lxdjava.core.instance.Instance;
import java.util.Optional;

/** Removes what a test created, whatever state the test left it in. */
final class Cleanup {
  private Cleanup() {}

  /** Stops the instance if it runs, then deletes it; does nothing when it does not exist. */
  static void deleteInstance(Lxd lxd, String name) {
    Optional<Instance> instance = lxd.instances().find(name);
    if (instance.isEmpty()) {
      return;
    }
    if (instance.get().isRunning()) {
      lxd.instances().stop(name, true).await();
    }
    lxd.instances().delete(name).await();
  }
}

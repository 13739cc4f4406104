package dev.lxdjava.server;

import dev.lxdjava.core.Lxd;
import dev.lxdjava.core.instance.Instance;
import java.util.Optional;

/** Deletes what a test against real LXD made, whatever state the test left it in. */
final class TestCleanup {
  private TestCleanup() {}

  /** Stops the instance if it runs and deletes it; nothing when it does not exist. */
  static void deleteInstance(Lxd lxd, String name) {
    Optional<Instance> instance = lxd.instances().find(name);
    if (instance.isEmpty()) {
      return;
    }
    if ("Running".equals(instance.get().status()) || "Frozen".equals(instance.get().status())) {
      lxd.instances().stop(name, true).await();
    }
    lxd.instances().delete(name).await();
  }
}

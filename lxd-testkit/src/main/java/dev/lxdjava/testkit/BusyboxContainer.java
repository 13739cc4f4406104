package dev.lxdjava.testkit;

import dev.lxdjava.core.Lxd;
import dev.lxdjava.core.LxdException;
import dev.lxdjava.core.instance.InstanceCreate;
import dev.lxdjava.core.operation.LxdOperationException;
import java.time.Duration;

/**
 * A running container from the test busybox image with a unique {@link TestNames} name, for tests
 * that exec into an instance. {@link #close()} stops and deletes it.
 */
public final class BusyboxContainer implements AutoCloseable {
  private final Lxd lxd;
  private final String name;

  private BusyboxContainer(Lxd lxd, String name) {
    this.lxd = lxd;
    this.name = name;
  }

  /** Creates and starts a container in the project of {@code lxd}. */
  public static BusyboxContainer start(Lxd lxd) {
    String name = TestNames.unique();
    BusyboxContainer container = new BusyboxContainer(lxd, name);
    try {
      lxd.instances()
          .create(InstanceCreate.builder(name).image(TestNames.IMAGE_ALIAS).build())
          .await(Duration.ofMinutes(2));
      start(lxd, name);
      return container;
    } catch (LxdException e) {
      container.close();
      throw e;
    }
  }

  /**
   * Starts the container, and once more after a failed start. On a loaded shared daemon, LXD 5.0.2
   * failed a start in the pre-start hook ("Failed to run: /usr/bin/lxd forkstart …: exit status 1")
   * while the next container started.
   */
  private static void start(Lxd lxd, String name) {
    try {
      lxd.instances().start(name).await(Duration.ofMinutes(3));
    } catch (LxdOperationException failed) {
      lxd.instances().start(name).await(Duration.ofMinutes(3));
    }
  }

  /** The container's name. */
  public String name() {
    return name;
  }

  /** Stops (forcibly) and deletes the container if it exists. */
  @Override
  public void close() {
    if (lxd.instances().find(name).isEmpty()) {
      return;
    }
    if (!"Stopped".equals(lxd.instances().get(name).status())) {
      lxd.instances().stop(name, true).await(Duration.ofMinutes(3));
    }
    lxd.instances().delete(name).await(Duration.ofMinutes(3));
  }
}

package dev.lxdjava.testkit;

import dev.lxdjava.core.Lxd;
import dev.lxdjava.core.LxdException;
import dev.lxdjava.core.instance.InstanceCreate;
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
      lxd.instances().start(name).await(Duration.ofMinutes(3));
      return container;
    } catch (LxdException e) {
      container.close();
      throw e;
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

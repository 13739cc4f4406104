package dev.lxdjava.testkit;

import dev.lxdjava.core.spi.LxdConnector;
import java.util.Iterator;
import java.util.ServiceLoader;

/**
 * Finds the transport that connects the SDK, through {@link ServiceLoader}. Uses no JUnit class, so
 * the fake runs outside tests too.
 */
public final class Connectors {
  private Connectors() {}

  /**
   * Finds the first {@link LxdConnector} on the class path.
   *
   * @throws IllegalStateException when no transport is on the class path
   */
  public static LxdConnector find() {
    Iterator<LxdConnector> connectors = ServiceLoader.load(LxdConnector.class).iterator();
    if (!connectors.hasNext()) {
      throw new IllegalStateException(
          "no LxdConnector on the class path: add lxd-transport as a test dependency");
    }
    return connectors.next();
  }
}

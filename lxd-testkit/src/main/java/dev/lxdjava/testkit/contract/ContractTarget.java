package dev.lxdjava.testkit.contract;

import dev.lxdjava.core.Lxd;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A daemon the contract suite runs against: real LXD over the unix socket, real LXD over mutual
 * TLS, or the fake. Modules that can reach a target register it with {@link
 * java.util.ServiceLoader} under {@code
 * META-INF/services/dev.lxdjava.testkit.contract.ContractTarget}.
 */
public interface ContractTarget {

  /** Short name shown in test reports, for example {@code unix-socket}. */
  String name();

  /** Whether the target is the fake LXD rather than a real daemon. */
  boolean isFake();

  /**
   * Connects to the target, preparing it first if needed (for example switching LXD's HTTPS
   * listener on). Called at most once per test run.
   *
   * @throws dev.lxdjava.core.LxdException if the target cannot be reached; its tests are then
   *     skipped, or failed when the environment variable {@code CI} is {@code true}
   */
  Lxd connect();

  /**
   * The target daemon's unix socket, which {@link LocalSocket} uses for set-up requests that no
   * port offers; empty when the target has none. By default the local LXD's socket, found the way
   * {@code lxc} finds it.
   */
  default Optional<Path> unixSocket() {
    return LocalSocket.discover();
  }

  /** Closes the connection and undoes what {@link #connect()} prepared. */
  default void disconnect(Lxd lxd) {
    lxd.close();
  }
}

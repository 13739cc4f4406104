package dev.lxdjava.core.spi;

import dev.lxdjava.core.Lxd;
import java.nio.file.Path;

/**
 * Opens a connection to the local daemon. Transports register an implementation with {@link
 * java.util.ServiceLoader}, so code written against {@code lxd-core} alone (the testkit, for
 * example) can reach a real daemon when a transport is on the class path.
 */
public interface LxdConnector {

  /**
   * Connects to the local daemon as the transport's defaults find it.
   *
   * @throws dev.lxdjava.core.LxdTransportException if no daemon can be reached
   */
  Lxd connectLocal();

  /**
   * Connects to the daemon listening on the unix socket at {@code socket}, such as a fake LXD.
   *
   * @throws dev.lxdjava.core.LxdTransportException if the socket does not exist or cannot be used
   */
  Lxd connectUnixSocket(Path socket);
}

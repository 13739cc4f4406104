package dev.lxdjava.transport;

import dev.lxdjava.core.Lxd;
import dev.lxdjava.core.spi.LxdConnector;
import java.nio.file.Path;

/** Registers {@link LxdClient#connect()} with {@link java.util.ServiceLoader}. */
public final class UnixSocketConnector implements LxdConnector {
  @Override
  public Lxd connectLocal() {
    return LxdClient.connect();
  }

  @Override
  public Lxd connectUnixSocket(Path socket) {
    return LxdClient.unixSocket(socket);
  }
}

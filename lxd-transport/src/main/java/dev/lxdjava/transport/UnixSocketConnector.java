package dev.lxdjava.transport;

import dev.lxdjava.core.Lxd;
import dev.lxdjava.core.spi.LxdConnector;

/** Registers {@link LxdClient#connect()} with {@link java.util.ServiceLoader}. */
public final class UnixSocketConnector implements LxdConnector {
  @Override
  public Lxd connectLocal() {
    return LxdClient.connect();
  }
}

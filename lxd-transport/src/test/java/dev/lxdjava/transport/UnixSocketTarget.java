package dev.lxdjava.transport;

import dev.lxdjava.core.Lxd;
import dev.lxdjava.testkit.contract.ContractTarget;

/** The contract suite against real LXD over its unix socket. */
public final class UnixSocketTarget implements ContractTarget {
  @Override
  public String name() {
    return "unix-socket";
  }

  @Override
  public boolean isFake() {
    return false;
  }

  @Override
  public Lxd connect() {
    Lxd lxd = LxdClient.connect();
    try {
      lxd.server().info();
      return lxd;
    } catch (RuntimeException e) {
      lxd.close();
      throw e;
    }
  }
}

package dev.lxdjava.transport;

import dev.lxdjava.core.Lxd;
import dev.lxdjava.testkit.contract.ContractTarget;
import dev.lxdjava.testkit.fake.FakeLxd;

/** The contract suite against the testkit's fake LXD, over its unix socket. */
public final class FakeLxdTarget implements ContractTarget {
  private FakeLxd fake;

  @Override
  public String name() {
    return "fake";
  }

  @Override
  public boolean isFake() {
    return true;
  }

  @Override
  public Lxd connect() {
    fake = FakeLxd.start();
    try {
      return LxdClient.unixSocket(fake.socketPath());
    } catch (RuntimeException e) {
      fake.close();
      throw e;
    }
  }

  @Override
  public void disconnect(Lxd lxd) {
    lxd.close();
    fake.close();
  }
}

package dev.lxdjava.transport;

import dev.lxdjava.core.Lxd;
import dev.lxdjava.testkit.contract.ContractTarget;
import dev.lxdjava.testkit.fake.FakeLxd;
import java.nio.file.Path;
import java.util.Optional;

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

  /** The fake's own socket, so that raw set-up requests reach the fake and not a local LXD. */
  @Override
  public Optional<Path> unixSocket() {
    return Optional.ofNullable(fake).map(FakeLxd::socketPath);
  }

  @Override
  public void disconnect(Lxd lxd) {
    lxd.close();
    fake.close();
  }
}

package dev.lxdjava.transport;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lxdjava.core.Lxd;
import dev.lxdjava.testkit.contract.LxdContract;
import dev.lxdjava.testkit.contract.NotOnFake;
import org.junit.jupiter.api.Test;

/** {@link NotOnFake} skips a test on the fake target only. */
@LxdContract
class NotOnFakeIT {
  private final Lxd lxd;

  NotOnFakeIT(Lxd lxd) {
    this.lxd = lxd;
  }

  private boolean isFake() {
    return lxd.server().info().environment().serverName().equals("fake-lxd");
  }

  @Test
  @NotOnFake("checks that the fake target skips it")
  void excludedTestRunsOnRealTargetsOnly() {
    assertThat(isFake()).isFalse();
  }

  @Test
  void otherTestsRunEverywhere() {
    assertThat(lxd.server().info().isTrusted()).isTrue();
  }
}

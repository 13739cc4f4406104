package dev.lxdjava.example;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lxdjava.core.Lxd;
import dev.lxdjava.core.LxdApiException;
import dev.lxdjava.testkit.WithFakeLxd;
import dev.lxdjava.testkit.fake.FakeLxd;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@WithFakeLxd
class DeployerTest {
  private final Lxd lxd;
  private final FakeLxd fake;

  DeployerTest(Lxd lxd, FakeLxd fake) {
    this.lxd = lxd;
    this.fake = fake;
  }

  @BeforeEach
  void freshDaemon() {
    fake.reset();
    fake.requests().clear();
  }

  @Test
  void deployCreatesAndStartsContainer() {
    String status = new Deployer(lxd).deploy("web1");

    assertThat(status).isEqualTo("Running");
    assertThat(fake.requests().count("POST", "/1.0/instances")).isEqualTo(1);
  }

  @Test
  void secondDeployChangesNothing() {
    Deployer deployer = new Deployer(lxd);
    deployer.deploy("web1");
    fake.requests().clear();

    deployer.deploy("web1");

    assertThat(fake.requests().matching("GET", "/1.0/instances/web1")).isNotEmpty();
    assertThat(fake.requests().filter(request -> !request.method().equals("GET"))).isEmpty();
  }

  @Test
  void lxdFailureReachesCaller() {
    fake.faults().failNext(1, "PUT", "/1.0/instances/*/state", 500, "disk full");

    assertThatThrownBy(() -> new Deployer(lxd).deploy("web1"))
        .isInstanceOf(LxdApiException.class)
        .hasMessageContaining("disk full");
  }
}

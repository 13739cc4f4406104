package dev.lxdjava.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lxdjava.core.ListOptions;
import dev.lxdjava.core.Lxd;
import dev.lxdjava.core.LxdConflictException;
import dev.lxdjava.core.LxdTransportException;
import dev.lxdjava.core.instance.InstanceCreate;
import dev.lxdjava.core.operation.LxdOperationNotFoundException;
import dev.lxdjava.core.operation.Operation;
import dev.lxdjava.core.operation.OperationHandle;
import dev.lxdjava.testkit.WithFakeLxd;
import dev.lxdjava.testkit.fake.FakeLxd;
import dev.lxdjava.testkit.fake.RecordedRequest;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The SDK over its real unix-socket transport against the fake, and what the fake records. */
@WithFakeLxd
class FakeLxdSdkTest {
  private final Lxd lxd;
  private final FakeLxd fake;

  FakeLxdSdkTest(Lxd lxd, FakeLxd fake) {
    this.lxd = lxd;
    this.fake = fake;
  }

  @BeforeEach
  void freshDaemon() {
    fake.reset();
    fake.faults().clear();
    fake.requests().clear();
  }

  private void create(Lxd view, String name) {
    view.instances()
        .create(InstanceCreate.builder(name).image(FakeLxd.IMAGE_ALIAS).build())
        .await();
  }

  @Test
  void listWithStateIsOneRequestWithRecursion2() {
    create(lxd, "c1");
    create(lxd, "c2");
    fake.requests().clear();

    lxd.instances().list(ListOptions.DEFAULT.withState(), null);

    assertThat(fake.requests().all()).hasSize(1);
    assertThat(fake.requests().last().param("recursion")).isEqualTo("2");
  }

  @Test
  void everyRequestOfProjectViewCarriesProject() {
    lxd.instances(); // the default view
    try (Lxd admin = fake.connect()) {
      admin.server().info();
    }
    fake.requests().clear();
    Lxd p1 = lxd.project("default");

    create(p1, "c1");
    p1.instances().start("c1").await();

    assertThat(fake.requests().all())
        .allSatisfy(r -> assertThat(r.param("project")).isEqualTo("default"));
  }

  @Test
  void awaitAfterRetentionRaisesOperationNotFound() throws Exception {
    try (FakeLxd shortMemory =
            FakeLxd.builder().tls(false).operationRetention(Duration.ofMillis(100)).start();
        Lxd client = shortMemory.connect()) {
      OperationHandle handle =
          client
              .instances()
              .create(InstanceCreate.builder("c1").image(FakeLxd.IMAGE_ALIAS).build());
      handle.await();
      Thread.sleep(400);

      assertThatThrownBy(handle::await).isInstanceOf(LxdOperationNotFoundException.class);
    }
  }

  @Test
  void waitTimeoutLeavesOperationRunning() {
    fake.faults().delayOperations(Duration.ofSeconds(3));

    OperationHandle handle =
        lxd.instances().create(InstanceCreate.builder("c1").image(FakeLxd.IMAGE_ALIAS).build());
    Operation seen = lxd.operations().wait(handle.id(), Duration.ofSeconds(1));

    assertThat(seen.isFinal()).isFalse();
    assertThat(fake.requests().last().param("timeout")).isEqualTo("1");
  }

  @Test
  void preconditionFailureComesFromErrorCode() {
    fake.faults().failNext(1, "GET", "/1.0/instances/*", 412, "ETag doesn't match: a vs b");

    assertThatThrownBy(() -> lxd.instances().get("c1"))
        .isInstanceOfSatisfying(
            LxdConflictException.class, e -> assertThat(e.isPreconditionFailed()).isTrue());
  }

  @Test
  void restartedDaemonIsReachableAgain() {
    create(lxd, "c1");

    fake.restart(Duration.ofMillis(50));

    assertThat(lxd.instances().get("c1").name()).isEqualTo("c1");
  }

  @Test
  void stoppedFakeGivesTransportError() {
    FakeLxd gone = FakeLxd.builder().tls(false).start();
    Lxd client = gone.connect();
    gone.close();

    assertThatThrownBy(() -> client.server().info()).isInstanceOf(LxdTransportException.class);
    client.close();
  }

  @Test
  void recordedRequestShowsBody() {
    create(lxd, "c1");

    RecordedRequest post = fake.requests().matching("POST", "/1.0/instances").get(0);

    assertThat(post.bodyText()).contains("\"name\":\"c1\"").contains(FakeLxd.IMAGE_ALIAS);
  }
}

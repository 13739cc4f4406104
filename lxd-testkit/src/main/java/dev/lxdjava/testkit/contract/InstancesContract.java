package dev.lxdjava.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lxdjava.core.ListOptions;
import dev.lxdjava.core.Lxd;
import dev.lxdjava.core.LxdApiException;
import dev.lxdjava.core.LxdNotFoundException;
import dev.lxdjava.core.instance.Instance;
import dev.lxdjava.core.instance.InstanceCreate;
import dev.lxdjava.core.instance.InstanceType;
import dev.lxdjava.core.operation.LxdOperationException;
import dev.lxdjava.core.operation.Operation;
import dev.lxdjava.core.operation.OperationStatus;
import dev.lxdjava.testkit.TestNames;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Instance life cycle and the errors LXD gives on it. */
@LxdContract
public class InstancesContract {
  private final Lxd lxd;
  private final String name = TestNames.unique();

  public InstancesContract(Lxd lxd) {
    this.lxd = lxd;
  }

  @AfterEach
  void deleteInstance() {
    if (lxd.instances().find(name).isPresent()) {
      lxd.instances().stop(name, true).await();
      lxd.instances().delete(name).await();
    }
  }

  @Test
  void createStartStopDelete() {
    lxd.instances()
        .create(InstanceCreate.builder(name).image(TestNames.IMAGE_ALIAS).build())
        .await();

    Operation started = lxd.instances().start(name).await(Duration.ofSeconds(60));
    Instance running = lxd.instances().get(name);

    assertThat(started.status()).isEqualTo(OperationStatus.SUCCESS);
    assertThat(running.status()).isEqualTo("Running");
    assertThat(running.type()).isEqualTo(InstanceType.CONTAINER);
    assertThat(lxd.instances().state(name).pid()).isPositive();
    assertThat(lxd.instances().list(ListOptions.DEFAULT.withState(), InstanceType.CONTAINER))
        .anySatisfy(
            listed -> {
              assertThat(listed.name()).isEqualTo(name);
              assertThat(listed.state()).isNotNull();
            });

    lxd.instances().stop(name, true).await();
    lxd.instances().delete(name).await();

    assertThat(lxd.instances().find(name)).isEmpty();
  }

  @Test
  void getUnknownInstanceRaisesNotFoundFromErrorCode() {
    assertThatThrownBy(() -> lxd.instances().get(name))
        .isInstanceOf(LxdNotFoundException.class)
        .satisfies(e -> assertThat(((LxdApiException) e).errorCode()).isEqualTo(404))
        .hasMessageContaining("Instance not found");
  }

  @Test
  void startingRunningInstanceRaisesOperationErrorWithLxdMessage() {
    lxd.instances()
        .create(InstanceCreate.builder(name).image(TestNames.IMAGE_ALIAS).build())
        .await();
    lxd.instances().start(name).await();

    assertThatThrownBy(() -> lxd.instances().start(name).await())
        .isInstanceOf(LxdApiException.class)
        .hasMessageContaining("already running");
  }

  @Test
  void failedOperationCarriesIdAndStatus() {
    lxd.instances()
        .create(InstanceCreate.builder(name).image(TestNames.IMAGE_ALIAS).build())
        .await();
    lxd.instances().start(name).await();

    var failure =
        org.assertj.core.api.Assertions.catchThrowableOfType(
            LxdOperationException.class, () -> lxd.instances().start(name).await());

    assertThat(failure.operationId()).isNotEmpty();
    assertThat(failure.errorCode()).isEqualTo(400);
    assertThat(failure.operation().err()).contains("already running");
  }
}

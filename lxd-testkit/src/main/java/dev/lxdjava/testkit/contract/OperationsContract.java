package dev.lxdjava.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.lxdjava.core.Lxd;
import dev.lxdjava.core.LxdApiException;
import dev.lxdjava.core.instance.InstanceCreate;
import dev.lxdjava.core.operation.LxdOperationException;
import dev.lxdjava.core.operation.LxdOperationNotFoundException;
import dev.lxdjava.core.operation.LxdOperationTimeoutException;
import dev.lxdjava.core.operation.Operation;
import dev.lxdjava.core.operation.OperationHandle;
import dev.lxdjava.core.operation.OperationStatus;
import dev.lxdjava.testkit.TestNames;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Background operations: list, get, wait, cancel, resources, and forgotten operations. */
@LxdContract
public class OperationsContract {
  /** How long LXD keeps a finished operation is about five seconds; wait at most this long. */
  static final Duration FORGET_LIMIT = Duration.ofSeconds(12);

  private final Lxd lxd;
  private final LocalSocket socket;
  private final String name = TestNames.unique();

  public OperationsContract(Lxd lxd, LocalSocket socket) {
    this.lxd = lxd;
    this.socket = socket;
  }

  @AfterEach
  void deleteInstance() {
    ContractInstances.deleteIfPresent(lxd, name);
  }

  @Test
  void listShowsRunningOperation() {
    String id = startSleep();

    List<Operation> listed = lxd.operations().list();

    assertThat(listed)
        .filteredOn(operation -> operation.id().equals(id))
        .singleElement()
        .satisfies(operation -> assertThat(operation.status()).isEqualTo(OperationStatus.RUNNING));
  }

  @Test
  void getAndShortWaitReturnRunningOperation() {
    String id = startSleep();

    Operation read = lxd.operations().get(id);
    Operation waited = lxd.operations().wait(id, Duration.ofSeconds(1));

    assertThat(read.description()).isEqualTo("Executing command");
    assertThat(read.findInstanceName()).contains(name);
    assertThat(waited.status()).isEqualTo(OperationStatus.RUNNING);
  }

  @Test
  void awaitWithTimeoutRaisesWhileRunning() {
    OperationHandle handle = lxd.operations().handle(startSleep());

    var timeout =
        catchThrowableOfType(
            LxdOperationTimeoutException.class, () -> handle.await(Duration.ofSeconds(1)));

    assertThat(timeout.lastSeen().status()).isEqualTo(OperationStatus.RUNNING);
  }

  @Test
  void cancellingUncancellableOperationRaisesLxdRefusal() {
    String id = startSleep();

    var refusal = catchThrowableOfType(LxdApiException.class, () -> lxd.operations().cancel(id));

    assertThat(refusal.errorCode()).isEqualTo(400);
    assertThat(refusal.lxdMessage()).contains("can't be cancelled");
  }

  @Test
  void cancelEndsCancellableOperation() {
    socket.assumeAvailable();
    ContractInstances.create(lxd, name);
    OperationHandle migration = lxd.operations().handle(socket.startMigrationSource(lxd, name));
    boolean mayCancel = migration.initial().mayCancel();

    migration.cancel();
    var cancelled = catchThrowableOfType(LxdOperationException.class, migration::await);

    assertThat(mayCancel).isTrue();
    assertThat(cancelled.isCancelled()).isTrue();
  }

  @Test
  void createOperationNamesCreatedInstance() {
    OperationHandle handle =
        lxd.instances().create(InstanceCreate.builder(name).image(TestNames.IMAGE_ALIAS).build());

    Operation done = handle.await();

    assertThat(handle.initial().findInstanceName()).contains(name);
    assertThat(done.resourceNames("instances")).containsExactly(name);
  }

  @Test
  void forgottenOperationRaisesOperationNotFound() throws InterruptedException {
    OperationHandle handle =
        lxd.instances().create(InstanceCreate.builder(name).image(TestNames.IMAGE_ALIAS).build());
    handle.await();
    long deadline = System.nanoTime() + FORGET_LIMIT.toNanos();
    while (lxd.operations().find(handle.id()).isPresent() && System.nanoTime() < deadline) {
      Thread.sleep(500);
    }

    var forgotten = catchThrowableOfType(LxdOperationNotFoundException.class, handle::await);

    assertThat(forgotten.operationId()).isEqualTo(handle.id());
    assertThat(forgotten.errorCode()).isEqualTo(404);
  }

  @Test
  void unknownOperationIsNotFound() {
    String unknown = UUID.randomUUID().toString();

    assertThat(lxd.operations().find(unknown)).isEmpty();
    assertThatThrownBy(() -> lxd.operations().get(unknown))
        .isInstanceOf(LxdOperationNotFoundException.class);
  }

  /** Starts {@code sleep 20} in a new running container and returns the operation's id. */
  private String startSleep() {
    socket.assumeAvailable();
    ContractInstances.createRunning(lxd, name);
    return socket.startCommand(lxd, name, List.of("sleep", "20"), false);
  }
}

package dev.lxdjava.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.lxdjava.core.Lxd;
import dev.lxdjava.core.LxdApiException;
import dev.lxdjava.core.LxdNotFoundException;
import dev.lxdjava.core.exec.ExecProcess;
import dev.lxdjava.core.exec.ExecRequest;
import dev.lxdjava.core.operation.Operation;
import dev.lxdjava.core.operation.OperationStatus;
import dev.lxdjava.testkit.BusyboxContainer;
import dev.lxdjava.testkit.LocalLxd;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A long exec in a project other than default: listing, waiting and cancelling carry it. */
@LocalLxd
class ProjectOperationsIT {
  private final Lxd lxd;
  private TestProjects p1;
  private BusyboxContainer container;

  ProjectOperationsIT(Lxd lxd) {
    this.lxd = lxd;
  }

  @BeforeEach
  void startContainerInProject() {
    p1 = TestProjects.create();
    container = BusyboxContainer.start(p1.in(lxd));
  }

  @AfterEach
  void deleteProject() {
    try {
      container.close();
    } finally {
      p1.close();
    }
  }

  @Test
  void longExecStaysInItsProject() {
    Lxd inP1 = p1.in(lxd);
    try (ExecProcess sleeper = inP1.exec().start(container.name(), ExecRequest.of("sleep", "30"))) {
      String id = sleeper.operationId();

      assertThat(sleeper.project()).isEqualTo(p1.name());
      assertThat(inP1.operations().list()).extracting(Operation::id).contains(id);
      assertThat(lxd.operations().list()).extracting(Operation::id).doesNotContain(id);

      Operation running = inP1.operations().wait(id, Duration.ofSeconds(1));
      assertThat(running.status()).isEqualTo(OperationStatus.RUNNING);
      assertThat(running.project()).isEqualTo(p1.name());

      LxdApiException refused =
          catchThrowableOfType(LxdApiException.class, () -> inP1.operations().cancel(id));
      assertThat(refused).isNotInstanceOf(LxdNotFoundException.class);
      assertThat(refused.getMessage()).contains("can't be cancelled");
      assertThat(sleeper.isRunning()).isTrue();
    }
  }
}

package dev.lxdjava.transport.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;

class SerialDeliveryTest {
  /** Runs tasks only in {@link #runAll()}, so a test can fill the queue first. */
  private static final class ManualExecutor implements Executor {
    final List<Runnable> pending = new ArrayList<>();

    @Override
    public void execute(Runnable command) {
      pending.add(command);
    }

    void runAll() {
      while (!pending.isEmpty()) {
        pending.remove(0).run();
      }
    }
  }

  @Test
  void tasksRunInOrder() {
    ManualExecutor executor = new ManualExecutor();
    List<Integer> seen = new ArrayList<>();
    SerialDelivery delivery = new SerialDelivery(executor, count -> {});

    for (int i = 0; i < 5; i++) {
      int value = i;
      delivery.submit(() -> seen.add(value));
    }
    executor.runAll();

    assertThat(seen).containsExactly(0, 1, 2, 3, 4);
  }

  @Test
  void overflowIsDroppedAndReportedBeforeNextTask() {
    ManualExecutor executor = new ManualExecutor();
    List<String> seen = new ArrayList<>();
    SerialDelivery delivery = new SerialDelivery(executor, count -> seen.add("dropped " + count));

    for (int i = 0; i < SerialDelivery.MAX_QUEUED + 3; i++) {
      delivery.submit(() -> seen.add("task"));
    }
    executor.runAll();

    assertThat(seen.get(0)).isEqualTo("dropped 3");
    assertThat(seen).hasSize(SerialDelivery.MAX_QUEUED + 1);
  }

  @Test
  void failingTaskDoesNotStopDelivery() {
    ManualExecutor executor = new ManualExecutor();
    List<String> seen = new ArrayList<>();
    SerialDelivery delivery = new SerialDelivery(executor, count -> {});

    delivery.submit(
        () -> {
          throw new IllegalStateException("listener bug");
        });
    delivery.submit(() -> seen.add("next"));
    executor.runAll();

    assertThat(seen).containsExactly("next");
  }
}

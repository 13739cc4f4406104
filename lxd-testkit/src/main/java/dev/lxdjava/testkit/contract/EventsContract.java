package dev.lxdjava.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.lxdjava.core.Lxd;
import dev.lxdjava.core.LxdApiException;
import dev.lxdjava.core.event.Event;
import dev.lxdjava.core.event.EventSubscription;
import dev.lxdjava.core.event.EventType;
import dev.lxdjava.core.event.LifecycleEvent;
import dev.lxdjava.core.event.LoggingEvent;
import dev.lxdjava.core.event.OperationEvent;
import dev.lxdjava.core.instance.InstanceCreate;
import dev.lxdjava.core.operation.LxdOperationException;
import dev.lxdjava.core.operation.LxdOperationNotFoundException;
import dev.lxdjava.core.operation.Operation;
import dev.lxdjava.core.operation.OperationHandle;
import dev.lxdjava.core.operation.OperationStatus;
import dev.lxdjava.testkit.TestNames;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Event subscriptions filtered by type, and operation waits through events. */
@LxdContract
public class EventsContract {
  private static final Duration WAIT = Duration.ofSeconds(30);

  private final Lxd lxd;
  private final String name = TestNames.unique();
  private final List<AutoCloseable> cleanup = new ArrayList<>();

  public EventsContract(Lxd lxd) {
    this.lxd = lxd;
  }

  @AfterEach
  void cleanUp() throws Exception {
    for (AutoCloseable closeable : cleanup) {
      closeable.close();
    }
    var instance = lxd.instances().find(name);
    if (instance.isPresent()) {
      if (!instance.get().status().equals("Stopped")) {
        lxd.instances().stop(name, true).await();
      }
      lxd.instances().delete(name).await();
    }
  }

  private EventRecorder subscribe(Set<EventType> types) {
    EventRecorder recorder = new EventRecorder();
    EventSubscription subscription = lxd.events().subscribe(types, recorder);
    cleanup.add(subscription);
    return recorder;
  }

  private OperationHandle create() {
    return lxd.instances()
        .create(InstanceCreate.builder(name).image(TestNames.IMAGE_ALIAS).build());
  }

  @Test
  void subscriptionToUnknownProjectFailsWithLxdError() {
    String project = TestNames.unique();

    LxdApiException refused =
        catchThrowableOfType(
            LxdApiException.class,
            () -> lxd.project(project).events().subscribe(Set.of(EventType.LIFECYCLE), e -> {}));

    assertThat(refused.lxdMessage()).isEqualTo("Project not found");
  }

  @Test
  void lifecycleEventsFollowInstanceLifecycle() throws Exception {
    EventRecorder recorder = subscribe(Set.of(EventType.LIFECYCLE));

    create().await();
    lxd.instances().start(name).await();
    lxd.instances().stop(name, true).await();
    lxd.instances().delete(name).await();

    recorder.await(EventRecorder.lifecycle("instance-deleted", name), WAIT);
    List<String> actions = recorder.lifecycleOf(name).stream().map(LifecycleEvent::action).toList();
    assertThat(actions)
        .containsSubsequence(
            "instance-created", "instance-started", "instance-stopped", "instance-deleted");
    assertThat(recorder.lifecycleOf(name)).allMatch(event -> event.project().equals("default"));
  }

  @Test
  void operationSubscriptionReceivesNoLoggingEvents() throws Exception {
    EventRecorder operations = subscribe(Set.of(EventType.OPERATION));
    EventRecorder logging = subscribe(Set.of(EventType.LOGGING));

    create().await();
    lxd.instances().start(name).await();

    logging.await(event -> event instanceof LoggingEvent, WAIT);
    operations.await(event -> event instanceof OperationEvent, WAIT);
    assertThat(operations.events()).allMatch(event -> event instanceof OperationEvent);
    assertThat(logging.events()).allMatch(event -> event instanceof LoggingEvent);
  }

  @Test
  void differentFiltersGetOnlyTheirOwnTypes() throws Exception {
    EventRecorder lifecycle = subscribe(Set.of(EventType.LIFECYCLE));
    EventRecorder operations = subscribe(Set.of(EventType.OPERATION));
    EventRecorder both = subscribe(Set.of(EventType.LIFECYCLE, EventType.OPERATION));

    create().await();

    both.await(EventRecorder.lifecycle("instance-created", name), WAIT);
    lifecycle.await(EventRecorder.lifecycle("instance-created", name), WAIT);
    operations.await(event -> event instanceof OperationEvent, WAIT);
    assertThat(lifecycle.events()).allMatch(event -> event.type() == EventType.LIFECYCLE);
    assertThat(operations.events()).allMatch(event -> event.type() == EventType.OPERATION);
    assertThat(both.events()).extracting(Event::type).contains(EventType.OPERATION);
  }

  @Test
  void closedSubscriptionReceivesNothingMore() throws Exception {
    EventRecorder open = subscribe(Set.of(EventType.LIFECYCLE));
    EventRecorder closed = new EventRecorder();
    lxd.events().subscribe(Set.of(EventType.LIFECYCLE), closed).close();

    create().await();

    open.await(EventRecorder.lifecycle("instance-created", name), WAIT);
    assertThat(closed.events()).isEmpty();
  }

  @Test
  void completionThroughEventsReturnsFinalOperation() throws Exception {
    OperationHandle creation = create();

    Operation done = lxd.events().completion(creation.id()).get(WAIT.toSeconds(), TimeUnit.SECONDS);

    assertThat(done.id()).isEqualTo(creation.id());
    assertThat(done.status()).isEqualTo(OperationStatus.SUCCESS);
  }

  @Test
  void manyCompletionsShareTheEventStream() throws Exception {
    create().await();
    List<CompletableFuture<Operation>> waits = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      OperationHandle change =
          i % 2 == 0 ? lxd.instances().start(name) : lxd.instances().stop(name, true);
      waits.add(lxd.events().completion(change.id()));
      waits.get(i).get(WAIT.toSeconds(), TimeUnit.SECONDS);
    }

    CompletableFuture.allOf(waits.toArray(CompletableFuture[]::new))
        .get(WAIT.toSeconds(), TimeUnit.SECONDS);

    assertThat(waits).allMatch(wait -> wait.join().status() == OperationStatus.SUCCESS);
  }

  @Test
  void completionOfFailedOperationFailsWithLxdError() throws Exception {
    create().await();
    lxd.instances().start(name).await();
    OperationHandle secondStart = lxd.instances().start(name);

    ExecutionException failure =
        catchThrowableOfType(
            ExecutionException.class,
            () ->
                lxd.events().completion(secondStart.id()).get(WAIT.toSeconds(), TimeUnit.SECONDS));

    assertThat(failure.getCause()).isInstanceOf(LxdOperationException.class);
    assertThat(failure.getCause().getMessage()).contains("already running");
  }

  @Test
  void completionOfUnknownOperationFailsWithNotFound() {
    String unknown = UUID.randomUUID().toString();

    ExecutionException failure =
        catchThrowableOfType(
            ExecutionException.class,
            () -> lxd.events().completion(unknown).get(WAIT.toSeconds(), TimeUnit.SECONDS));

    assertThat(failure.getCause()).isInstanceOf(LxdOperationNotFoundException.class);
  }
}

package dev.lxdjava.transport;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lxdjava.core.Lxd;
import dev.lxdjava.core.event.EventFilter;
import dev.lxdjava.core.event.EventSubscription;
import dev.lxdjava.core.event.EventType;
import dev.lxdjava.core.event.LifecycleEvent;
import dev.lxdjava.core.instance.InstanceCreate;
import dev.lxdjava.testkit.LocalLxd;
import dev.lxdjava.testkit.TestNames;
import dev.lxdjava.testkit.contract.EventRecorder;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Event subscriptions filtered by project, against real LXD. */
@LocalLxd
class ProjectEventsIT {
  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final Set<EventType> LIFECYCLE = Set.of(EventType.LIFECYCLE);

  private final Lxd lxd;
  private final String name = TestNames.unique();
  private TestProjects p1;

  ProjectEventsIT(Lxd lxd) {
    this.lxd = lxd;
  }

  @BeforeEach
  void createProject() {
    p1 = TestProjects.create();
  }

  @AfterEach
  void deleteProject() {
    Lxd inP1 = p1.in(lxd);
    if (inP1.instances().find(name).isPresent()) {
      inP1.instances().delete(name).await();
    }
    p1.close();
  }

  @Test
  void instanceCreatedReachesOnlyMatchingProjects() throws Exception {
    EventRecorder inDefault = new EventRecorder();
    EventRecorder inP1 = new EventRecorder();
    EventRecorder everywhere = new EventRecorder();
    try (EventSubscription a = lxd.events().subscribe(LIFECYCLE, inDefault);
        EventSubscription b = p1.in(lxd).events().subscribe(LIFECYCLE, inP1);
        EventSubscription c =
            lxd.events().subscribe(EventFilter.allProjects(LIFECYCLE), everywhere)) {

      p1.in(lxd)
          .instances()
          .create(InstanceCreate.builder(name).image(TestNames.IMAGE_ALIAS).build())
          .await();

      var inP1Event =
          (LifecycleEvent) inP1.await(EventRecorder.lifecycle("instance-created", name), WAIT);
      var everywhereEvent =
          (LifecycleEvent)
              everywhere.await(EventRecorder.lifecycle("instance-created", name), WAIT);
      assertThat(inP1Event.project()).isEqualTo(p1.name());
      assertThat(everywhereEvent.project()).isEqualTo(p1.name());
      assertThat(inDefault.lifecycleOf(name)).isEmpty();
    }
  }
}

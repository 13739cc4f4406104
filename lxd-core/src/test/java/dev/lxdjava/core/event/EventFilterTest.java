package dev.lxdjava.core.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lxdjava.core.LxdValidationException;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EventFilterTest {
  private static LifecycleEvent created(String project) {
    return new LifecycleEvent(
        Instant.EPOCH, "none", project, "instance-created", "/1.0/instances/c1", Map.of(), null);
  }

  @Test
  void noTypesIsRejected() {
    assertThatThrownBy(() -> EventFilter.allProjects(Set.of()))
        .isInstanceOf(LxdValidationException.class)
        .hasMessageContaining("at least one type");
  }

  @Test
  void projectWithAllProjectsIsRejected() {
    assertThatThrownBy(() -> new EventFilter(Set.of(EventType.LIFECYCLE), "p1", true))
        .isInstanceOf(LxdValidationException.class);
  }

  @Test
  void projectFilterMatchesOnlyItsProject() {
    EventFilter filter = EventFilter.project("p1", Set.of(EventType.LIFECYCLE));

    assertThat(filter.matches(created("p1"))).isTrue();
    assertThat(filter.matches(created("default"))).isFalse();
  }

  @Test
  void typeFilterRejectsOtherTypes() {
    EventFilter filter = EventFilter.allProjects(Set.of(EventType.OPERATION));

    assertThat(filter.matches(created("p1"))).isFalse();
  }

  @Test
  void sameTypesInAnotherOrderAreEqualFilters() {
    EventFilter first = EventFilter.allProjects(Set.of(EventType.LOGGING, EventType.LIFECYCLE));
    EventFilter second = EventFilter.allProjects(Set.of(EventType.LIFECYCLE, EventType.LOGGING));

    assertThat(first).isEqualTo(second).hasSameHashCodeAs(second);
  }
}

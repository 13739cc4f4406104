package dev.lxdjava.transport.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lxdjava.core.Scope;
import dev.lxdjava.core.event.EventFilter;
import dev.lxdjava.core.event.EventSubscription;
import dev.lxdjava.core.event.EventType;
import dev.lxdjava.testkit.LocalLxd;
import dev.lxdjava.testkit.contract.EventRecorder;
import dev.lxdjava.transport.SocketPaths;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One connection to LXD's event stream per distinct filter, against real LXD. */
@LocalLxd
class EventSharingIT {
  private UnixSocketConnection connection;
  private RestLxd lxd;

  @BeforeEach
  void connect() {
    connection =
        UnixSocketConnection.open(
            SocketPaths.detect(System.getenv()).orElseThrow(), Duration.ofSeconds(10));
    ObjectMapper json =
        new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    lxd = new RestLxd(new RestClient(connection, json, Duration.ofMinutes(1)), Scope.DEFAULT, true);
  }

  @AfterEach
  void close() {
    lxd.close();
  }

  private EventHub hub() {
    return WebSocketSupport.of(connection).events();
  }

  @Test
  void differentFiltersOpenSeparateStreams() {
    try (EventSubscription lifecycle =
            lxd.events().subscribe(Set.of(EventType.LIFECYCLE), new EventRecorder());
        EventSubscription operations =
            lxd.events().subscribe(Set.of(EventType.OPERATION), new EventRecorder());
        EventSubscription allProjects =
            lxd.events()
                .subscribe(
                    EventFilter.allProjects(Set.of(EventType.LIFECYCLE)), new EventRecorder())) {

      assertThat(hub().upstreamCount()).isEqualTo(3);
      assertThat(lifecycle.filter()).isNotEqualTo(allProjects.filter());
      assertThat(operations.isConnected()).isTrue();
    }
  }

  @Test
  void identicalFiltersShareOneStream() {
    try (EventSubscription first =
            lxd.events().subscribe(Set.of(EventType.LIFECYCLE), new EventRecorder());
        EventSubscription second =
            lxd.events().subscribe(Set.of(EventType.LIFECYCLE), new EventRecorder())) {

      assertThat(hub().upstreamCount()).isEqualTo(1);
      assertThat(first.filter()).isEqualTo(second.filter());
    }
  }

  @Test
  void lastSubscriptionClosesTheStream() {
    EventSubscription only = lxd.events().subscribe(Set.of(EventType.LOGGING), new EventRecorder());

    only.close();

    assertThat(hub().upstreamCount()).isZero();
    assertThat(only.isConnected()).isFalse();
  }
}

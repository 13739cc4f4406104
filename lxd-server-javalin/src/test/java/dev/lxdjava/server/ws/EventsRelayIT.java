package dev.lxdjava.server.ws;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lxdjava.auth.ProjectSet;
import dev.lxdjava.auth.Role;
import dev.lxdjava.auth.User;
import dev.lxdjava.core.Lxd;
import dev.lxdjava.core.event.EventFilter;
import dev.lxdjava.core.event.EventType;
import dev.lxdjava.core.instance.InstanceCreate;
import dev.lxdjava.server.http.GatewayJson;
import dev.lxdjava.testkit.LocalLxd;
import dev.lxdjava.testkit.TestNames;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The events relay drops events of projects the user may not see, over real LXD. */
@LocalLxd
class EventsRelayIT {
  private static final User VIEWER =
      new User(7, "viewer7", Role.VIEWER, true, 0, Instant.EPOCH, Instant.EPOCH, null);

  private final Lxd lxd;
  private final String name = TestNames.unique();

  EventsRelayIT(Lxd lxd) {
    this.lxd = lxd;
  }

  @AfterEach
  void deleteInstance() {
    if (lxd.instances().find(name).isPresent()) {
      lxd.instances().delete(name).await();
    }
  }

  private EventsRelay relay(ProjectSet visible, RecordingSession client) {
    return new EventsRelay(
        lxd,
        EventFilter.allProjects(Set.of(EventType.LIFECYCLE)),
        VIEWER,
        visible,
        new ClientSocket(client.session(), GatewayJson.mapper()));
  }

  @Test
  void eventsOfHiddenProjectAreDropped() throws Exception {
    RecordingSession seesAll = new RecordingSession();
    RecordingSession defaultHidden = new RecordingSession();
    EventsRelay control = relay(ProjectSet.everyProject(), seesAll);
    EventsRelay restricted = relay(new ProjectSet(false, Set.of("other")), defaultHidden);
    try {
      lxd.instances()
          .create(InstanceCreate.builder(name).image(TestNames.IMAGE_ALIAS).build())
          .await();

      seesAll.await("/1.0/instances/" + name, 30_000);
      assertThat(defaultHidden.texts()).noneMatch(text -> text.contains(name));
    } finally {
      control.onClientClosed("test over");
      restricted.onClientClosed("test over");
    }
  }
}

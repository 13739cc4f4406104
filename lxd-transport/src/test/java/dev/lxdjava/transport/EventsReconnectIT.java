package dev.lxdjava.transport;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lxdjava.core.Lxd;
import dev.lxdjava.core.event.EventGap;
import dev.lxdjava.core.event.EventSubscription;
import dev.lxdjava.core.event.EventType;
import dev.lxdjava.core.event.LifecycleEvent;
import dev.lxdjava.testkit.TestNames;
import dev.lxdjava.testkit.contract.EventRecorder;
import dev.lxdjava.transport.internal.LxdPath;
import dev.lxdjava.transport.internal.RestClient;
import dev.lxdjava.transport.internal.UnixSocketConnection;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An event subscription survives a daemon crash: it reconnects when the daemon is back and reports
 * the gap. Runs against a throwaway daemon, never the shared one.
 */
class EventsReconnectIT {
  private static final Duration WAIT = Duration.ofSeconds(60);

  private ThrowawayDaemon daemon;
  private Lxd lxd;

  @BeforeEach
  void startDaemon() throws Exception {
    daemon = ThrowawayDaemon.start();
    lxd = LxdClient.unixSocket(daemon.socket());
  }

  @AfterEach
  void stopDaemon() throws Exception {
    if (lxd != null) {
      lxd.close();
    }
    if (daemon != null) {
      daemon.close();
    }
  }

  private void createProfile(String name) {
    try (UnixSocketConnection connection =
        UnixSocketConnection.open(daemon.socket(), Duration.ofSeconds(10))) {
      new RestClient(connection, JsonSupport.mapper(), Duration.ofSeconds(30))
          .send("POST", LxdPath.of("profiles"), Map.of("name", name));
    }
  }

  @Test
  void subscriptionReconnectsAfterRestartAndReportsGap() throws Exception {
    EventRecorder recorder = new EventRecorder();
    try (EventSubscription subscription =
        lxd.events().subscribe(Set.of(EventType.LIFECYCLE), recorder)) {
      daemon.kill();
      daemon.launch();

      EventGap gap = recorder.awaitGap(WAIT);
      String profile = TestNames.unique();
      createProfile(profile);

      LifecycleEvent created =
          (LifecycleEvent)
              recorder.await(
                  event ->
                      event instanceof LifecycleEvent lifecycle
                          && lifecycle.action().equals("profile-created")
                          && lifecycle.source().startsWith("/1.0/profiles/" + profile),
                  WAIT);
      assertThat(gap.reconnectedAt()).isAfter(gap.disconnectedAt());
      assertThat(gap.attempts()).isPositive();
      assertThat(created.project()).isEqualTo("default");
      assertThat(subscription.isConnected()).isTrue();
    }
  }
}

package dev.lxdjava.transport.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lxdjava.core.event.Event;
import dev.lxdjava.core.event.LifecycleEvent;
import dev.lxdjava.core.event.LoggingEvent;
import dev.lxdjava.core.event.OperationEvent;
import dev.lxdjava.core.operation.OperationStatus;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EventRepliesTest {
  private static Optional<Event> parse(String json) throws Exception {
    return EventReplies.event(JsonFields.MAPPER.readTree(json));
  }

  @Test
  void lifecycleEventKeepsProjectSourceAndRequestor() throws Exception {
    Event event =
        parse(
                "{\"type\":\"lifecycle\",\"timestamp\":\"2024-03-14T00:00:00.5Z\","
                    + "\"location\":\"none\",\"project\":\"p1\",\"metadata\":{"
                    + "\"action\":\"instance-created\",\"source\":\"/1.0/instances/c1?project=p1\","
                    + "\"context\":{\"type\":\"container\"},"
                    + "\"requestor\":{\"username\":\"root\",\"protocol\":\"unix\",\"address\":\"@\"}}}")
            .orElseThrow();

    LifecycleEvent lifecycle = (LifecycleEvent) event;
    assertThat(lifecycle.project()).isEqualTo("p1");
    assertThat(lifecycle.action()).isEqualTo("instance-created");
    assertThat(lifecycle.source()).isEqualTo("/1.0/instances/c1?project=p1");
    assertThat(lifecycle.context()).containsEntry("type", "container");
    assertThat(lifecycle.requestor().protocol()).isEqualTo("unix");
  }

  @Test
  void operationEventCarriesOperation() throws Exception {
    Event event =
        parse(
                "{\"type\":\"operation\",\"timestamp\":\"2024-03-14T00:00:00Z\",\"project\":\"p1\","
                    + "\"metadata\":{\"id\":\"abc\",\"class\":\"task\",\"status_code\":200,"
                    + "\"metadata\":{\"return\":0}}}")
            .orElseThrow();

    OperationEvent operation = (OperationEvent) event;
    assertThat(operation.operation().id()).isEqualTo("abc");
    assertThat(operation.operation().status()).isEqualTo(OperationStatus.SUCCESS);
    assertThat(operation.operation().project()).isEqualTo("p1");
  }

  @Test
  void loggingEventCarriesLevelAndContext() throws Exception {
    Event event =
        parse(
                "{\"type\":\"logging\",\"timestamp\":\"2024-03-14T00:00:00Z\",\"metadata\":{"
                    + "\"level\":\"debug\",\"message\":\"hello\",\"context\":{\"k\":\"v\"}}}")
            .orElseThrow();

    LoggingEvent logging = (LoggingEvent) event;
    assertThat(logging.level()).isEqualTo("debug");
    assertThat(logging.context()).containsEntry("k", "v");
    assertThat(logging.project()).isEmpty();
  }

  @Test
  void unknownTypeIsSkipped() throws Exception {
    assertThat(parse("{\"type\":\"ovn\",\"metadata\":{}}")).isEmpty();
  }
}

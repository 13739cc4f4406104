package dev.lxdjava.transport.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lxdjava.core.instance.InstancePatch;
import dev.lxdjava.core.instance.InstanceUpdate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InstanceBodiesTest {

  @Test
  void putTakesCurrentVolatileKeys() {
    InstanceUpdate update =
        new InstanceUpdate(
            Map.of("user.a", "1", "volatile.last_state.power", "STOPPED"),
            Map.of(),
            List.of("default"),
            false,
            "");
    Map<String, String> current =
        Map.of("volatile.last_state.power", "RUNNING", "volatile.uuid", "u1", "user.a", "old");

    ObjectNode body = InstanceBodies.put(JsonFields.MAPPER, update, current);

    assertThat(body.get("config").get("user.a").asText()).isEqualTo("1");
    assertThat(body.get("config").get("volatile.last_state.power").asText()).isEqualTo("RUNNING");
    assertThat(body.get("config").get("volatile.uuid").asText()).isEqualTo("u1");
    assertThat(body.get("profiles").get(0).asText()).isEqualTo("default");
  }

  @Test
  void patchSendsOnlyWhatIsSet() {
    InstancePatch patch = InstancePatch.builder().removeConfig("user.a").build();

    ObjectNode body = InstanceBodies.patch(JsonFields.MAPPER, patch);

    assertThat(body.get("config").get("user.a").asText()).isEmpty();
    assertThat(body.has("devices")).isFalse();
    assertThat(body.has("profiles")).isFalse();
    assertThat(body.has("ephemeral")).isFalse();
    assertThat(body.has("description")).isFalse();
  }

  @Test
  void patchSendsFalseEphemeralAndEmptyDescription() {
    InstancePatch patch = InstancePatch.builder().ephemeral(false).description("").build();

    ObjectNode body = InstanceBodies.patch(JsonFields.MAPPER, patch);

    assertThat(body.get("ephemeral").asBoolean(true)).isFalse();
    assertThat(body.get("description").asText("x")).isEmpty();
  }
}

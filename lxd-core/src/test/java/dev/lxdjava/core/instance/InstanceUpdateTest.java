package dev.lxdjava.core.instance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InstanceUpdateTest {

  private static Instance instance(Map<String, String> config) {
    return new Instance(
        "c1",
        InstanceType.CONTAINER,
        "Stopped",
        102,
        "text",
        "x86_64",
        false,
        false,
        List.of("default"),
        config,
        Map.of("eth0", Map.of("type", "nic")),
        config,
        Map.of(),
        null,
        null,
        "none",
        "default",
        null,
        null,
        null);
  }

  @Test
  void fromDropsVolatileKeys() {
    Instance read = instance(Map.of("user.a", "1", "volatile.uuid", "u1"));

    InstanceUpdate update = InstanceUpdate.from(read);

    assertThat(update.config()).containsExactly(Map.entry("user.a", "1"));
    assertThat(update.devices()).containsKey("eth0");
    assertThat(update.profiles()).containsExactly("default");
    assertThat(update.description()).isEqualTo("text");
  }

  @Test
  void withMethodsChangeOnlyTheirPart() {
    InstanceUpdate update = InstanceUpdate.from(instance(Map.of("user.a", "1")));

    InstanceUpdate changed =
        update.withConfig("user.b", "2").withoutConfig("user.a").withoutDevice("eth0");

    assertThat(changed.config()).containsExactly(Map.entry("user.b", "2"));
    assertThat(changed.devices()).isEmpty();
    assertThat(update.config()).containsKey("user.a");
  }
}

package dev.lxdjava.core.exec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lxdjava.core.LxdValidationException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExecRequestTest {

  @Test
  void emptyCommandIsRejected() {
    assertThatThrownBy(() -> ExecRequest.of())
        .isInstanceOf(LxdValidationException.class)
        .hasMessageContaining("exec command");
  }

  @Test
  void emptyProgramIsRejected() {
    assertThatThrownBy(() -> ExecRequest.of("", "x"))
        .isInstanceOf(LxdValidationException.class)
        .hasMessageContaining("program is empty");
  }

  @Test
  void relativeWorkingDirectoryIsRejected() {
    assertThatThrownBy(() -> ExecRequest.builder("pwd").cwd("tmp").build())
        .isInstanceOf(LxdValidationException.class)
        .hasMessageContaining("absolute path");
  }

  @Test
  void negativeUserIsRejected() {
    assertThatThrownBy(() -> ExecRequest.builder("id").user(-1).build())
        .isInstanceOf(LxdValidationException.class)
        .hasMessageContaining("user id");
  }

  @Test
  void environmentNameWithEqualsIsRejected() {
    assertThatThrownBy(() -> ExecRequest.builder("env").environment("A=B", "c").build())
        .isInstanceOf(LxdValidationException.class)
        .hasMessageContaining("'A=B'");
  }

  @Test
  void collectionsAreCopied() {
    Map<String, String> environment = new HashMap<>(Map.of("A", "1"));
    ExecRequest request = new ExecRequest(List.of("env"), environment, 0, 0, null);

    environment.put("B", "2");

    assertThat(request.environment()).containsOnlyKeys("A");
    assertThat(request.cwd()).isEmpty();
  }
}

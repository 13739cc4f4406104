package dev.lxdjava.core.exec;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lxdjava.core.LxdValidationException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TerminalSizeTest {

  @ParameterizedTest
  @ValueSource(ints = {0, -1, TerminalSize.MAX + 1})
  void widthOutsideRangeIsRejected(int width) {
    assertThatThrownBy(() -> new TerminalSize(width, 24))
        .isInstanceOf(LxdValidationException.class)
        .hasMessageContaining("terminal width");
  }

  @ParameterizedTest
  @ValueSource(ints = {0, TerminalSize.MAX + 1})
  void heightOutsideRangeIsRejected(int height) {
    assertThatThrownBy(() -> new TerminalSize(80, height))
        .isInstanceOf(LxdValidationException.class)
        .hasMessageContaining("terminal height");
  }
}

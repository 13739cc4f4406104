package dev.lxdjava.transport.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lxdjava.core.LxdTransportException;
import dev.lxdjava.core.LxdValidationException;
import dev.lxdjava.core.exec.TerminalSize;
import org.junit.jupiter.api.Test;

class ControlChannelTest {
  private final FakeSession fake = new FakeSession();
  private final ControlChannel control = new ControlChannel();

  @Test
  void resizeSendsWidthAndHeightAsStrings() {
    control.onWebSocketOpen(fake.session());

    control.resize(new TerminalSize(120, 40));

    assertThat(fake.texts)
        .containsExactly(
            "{\"command\":\"window-resize\",\"args\":{\"width\":\"120\",\"height\":\"40\"}}");
  }

  @Test
  void signalSendsNumber() {
    control.onWebSocketOpen(fake.session());

    control.signal(15);

    assertThat(fake.texts).containsExactly("{\"command\":\"signal\",\"signal\":15}");
  }

  @Test
  void signalOutsideRangeIsRejected() {
    control.onWebSocketOpen(fake.session());

    assertThatThrownBy(() -> control.signal(0)).isInstanceOf(LxdValidationException.class);
    assertThat(fake.texts).isEmpty();
  }

  @Test
  void closedChannelRaisesTransportError() {
    control.onWebSocketOpen(fake.session());
    fake.open = false;

    assertThatThrownBy(() -> control.signal(9))
        .isInstanceOf(LxdTransportException.class)
        .hasMessageContaining("closed");
  }
}

package dev.lxdjava.transport.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.websocket.api.Callback;
import org.junit.jupiter.api.Test;

class InboundStreamTest {
  private final FakeSession fake = new FakeSession();
  private final InboundStream stream = new InboundStream("stdout");

  private void receive(byte[] data) {
    stream.onWebSocketPartialBinary(ByteBuffer.wrap(data), true, Callback.NOOP);
  }

  @Test
  void emptyTextFrameEndsStreamAfterData() throws IOException {
    stream.onWebSocketOpen(fake.session());
    receive("hello\n".getBytes(StandardCharsets.UTF_8));

    stream.onWebSocketPartialText("", true);

    assertThat(stream.ended()).isDone();
    assertThat(new String(stream.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("hello\n");
  }

  @Test
  void errorAfterEndMarkerIsIgnored() throws IOException {
    stream.onWebSocketOpen(fake.session());
    receive(new byte[] {1, 2});
    stream.onWebSocketPartialText("", true);

    stream.onWebSocketError(new java.nio.channels.ClosedChannelException());

    assertThat(stream.readAllBytes()).containsExactly(1, 2);
  }

  @Test
  void errorBeforeEndMarkerFailsTheReader() {
    stream.onWebSocketOpen(fake.session());

    stream.onWebSocketError(new IOException("reset"));

    assertThatThrownBy(stream::read).isInstanceOf(IOException.class).hasMessageContaining("reset");
  }

  @Test
  void unreadDataAboveHighWaterStopsDemand() throws IOException {
    stream.onWebSocketOpen(fake.session());
    int demandsAfterOpen = fake.demands;

    receive(new byte[InboundStream.HIGH_WATER]);
    int demandsWhileFull = fake.demands;
    stream.read(new byte[InboundStream.HIGH_WATER]);

    assertThat(demandsWhileFull).isEqualTo(demandsAfterOpen);
    assertThat(fake.demands).isEqualTo(demandsAfterOpen + 1);
  }

  @Test
  void pingIsNotAnsweredButDemandContinues() {
    stream.onWebSocketOpen(fake.session());
    int before = fake.demands;

    stream.onWebSocketPing(ByteBuffer.allocate(0));

    assertThat(fake.demands).isEqualTo(before + 1);
    assertThat(fake.binaries).isEmpty();
  }

  @Test
  void closedStreamDiscardsAndKeepsDemanding() throws IOException {
    stream.onWebSocketOpen(fake.session());
    receive(new byte[InboundStream.HIGH_WATER]);
    int demandsWhileFull = fake.demands;

    stream.close();

    assertThat(fake.demands).isEqualTo(demandsWhileFull + 1);
    assertThat(stream.available()).isZero();
  }
}

package dev.lxdjava.transport.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class OutboundStreamTest {
  private final FakeSession fake = new FakeSession();
  private final OutboundStream stream = new OutboundStream("stdin", fake.session());

  @Test
  void largeWriteIsSplitIntoFrames() throws IOException {
    stream.write(new byte[OutboundStream.MAX_FRAME * 2 + 1]);

    assertThat(fake.binaries)
        .extracting(frame -> frame.length)
        .containsExactly(OutboundStream.MAX_FRAME, OutboundStream.MAX_FRAME, 1);
  }

  @Test
  void closeSendsEmptyTextFrameOnce() throws IOException {
    stream.close();
    stream.close();

    assertThat(fake.texts).containsExactly("");
  }

  @Test
  void writeAfterCloseFails() throws IOException {
    stream.close();

    assertThatThrownBy(() -> stream.write(1)).isInstanceOf(IOException.class);
  }
}

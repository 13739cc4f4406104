package dev.lxdjava.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WsClosingTest {

  @Test
  void errorCodeIsStatusPlus4000() {
    assertThat(WsClosing.code(404)).isEqualTo(4404);
  }

  @Test
  void longReasonIsCutToFrameLimit() {
    String reason = WsClosing.reason("é".repeat(100));

    assertThat(reason.getBytes(StandardCharsets.UTF_8).length)
        .isLessThanOrEqualTo(WsClosing.MAX_REASON_BYTES);
    assertThat(reason).startsWith("éé");
  }
}

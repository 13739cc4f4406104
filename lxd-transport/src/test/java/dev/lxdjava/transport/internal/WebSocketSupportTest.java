package dev.lxdjava.transport.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WebSocketSupportTest {

  @Test
  void httpBaseBecomesWs() {
    assertThat(WebSocketSupport.webSocketBase("http://lxd")).isEqualTo("ws://lxd");
  }

  @Test
  void httpsBaseBecomesWss() {
    assertThat(WebSocketSupport.webSocketBase("https://127.0.0.1:8443"))
        .isEqualTo("wss://127.0.0.1:8443");
  }
}

package dev.lxdjava.transport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DaemonKindTest {

  @Test
  void headersUseDaemonPrefix() {
    assertThat(DaemonKind.LXD.header("mode")).isEqualTo("X-LXD-mode");
    assertThat(DaemonKind.INCUS.header("mode")).isEqualTo("X-Incus-mode");
  }

  @Test
  void serverNameSelectsKind() {
    assertThat(DaemonKind.findByServerName("lxd")).contains(DaemonKind.LXD);
    assertThat(DaemonKind.findByServerName("incus")).contains(DaemonKind.INCUS);
    assertThat(DaemonKind.findByServerName("")).isEmpty();
    assertThat(DaemonKind.findByServerName("other")).isEmpty();
  }

  @Test
  void socketPathsDifferPerDaemon() {
    assertThat(DaemonKind.LXD.socketPaths()).contains(SocketPaths.PACKAGED);
    assertThat(DaemonKind.INCUS.socketPaths()).allMatch(path -> path.toString().contains("incus"));
    assertThat(DaemonKind.INCUS.socketVariable()).isEqualTo("INCUS_SOCKET");
  }
}

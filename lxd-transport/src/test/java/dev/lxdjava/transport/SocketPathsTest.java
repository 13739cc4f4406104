package dev.lxdjava.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SocketPathsTest {

  @Test
  void candidatesFollowLxcOrder() {
    var candidates =
        SocketPaths.candidates(Map.of("LXD_SOCKET", "/tmp/a.socket", "LXD_DIR", "/srv/lxd"));

    assertThat(candidates)
        .containsExactly(
            Path.of("/tmp/a.socket"),
            Path.of("/srv/lxd/unix.socket"),
            SocketPaths.SNAP,
            SocketPaths.PACKAGED);
  }

  @Test
  void explicitSocketWinsEvenWhenMissing() {
    var detected = SocketPaths.detect(Map.of("LXD_SOCKET", "/nonexistent/lxd.socket"));

    assertThat(detected).contains(Path.of("/nonexistent/lxd.socket"));
  }

  @Test
  void lxdDirIsUsedWithoutLxdSocket() {
    var detected = SocketPaths.detect(Map.of("LXD_DIR", "/srv/lxd"));

    assertThat(detected).contains(Path.of("/srv/lxd/unix.socket"));
  }
}

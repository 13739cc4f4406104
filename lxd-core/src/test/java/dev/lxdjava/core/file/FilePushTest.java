package dev.lxdjava.core.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lxdjava.core.LxdValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FilePushTest {

  @ParameterizedTest
  @ValueSource(ints = {0, 01, 07, 0640, 0777})
  void modeFromZeroTo777IsAccepted(int mode) {
    assertThat(FilePush.defaults().withMode(mode).mode()).isEqualTo(mode);
  }

  @ParameterizedTest
  @ValueSource(ints = {01000, 04755, 02755, -2})
  void specialBitsAndNegativeModesAreRejected(int mode) {
    assertThatThrownBy(() -> FilePush.defaults().withMode(mode))
        .isInstanceOf(LxdValidationException.class)
        .hasMessageContaining("file mode");
  }

  @Test
  void negativeOwnerIsRejected() {
    assertThatThrownBy(() -> FilePush.defaults().withOwner(-5, 0))
        .isInstanceOf(LxdValidationException.class)
        .hasMessageContaining("uid");
  }

  @Test
  void defaultsLeaveEverythingToLxd() {
    FilePush defaults = FilePush.defaults();

    assertThat(defaults.uid()).isEqualTo(-1);
    assertThat(defaults.gid()).isEqualTo(-1);
    assertThat(defaults.mode()).isEqualTo(-1);
    assertThat(defaults.append()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"/tmp/a+b cé?.txt", "/", "/a/../b", "/x#y%z"})
  void absolutePathsAreAccepted(String path) {
    assertThat(FilePaths.check(path)).isEqualTo(path);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "tmp/x", "./x", "/a\0b"})
  void relativeEmptyAndNulPathsAreRejected(String path) {
    assertThatThrownBy(() -> FilePaths.check(path))
        .isInstanceOf(LxdValidationException.class)
        .hasMessageContaining("instance file path");
  }
}

package dev.lxdjava.core.instance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lxdjava.core.LxdValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InstanceSourceTest {

  @ParameterizedTest
  @ValueSource(strings = {"c1", "c1/snap0", "web-01/daily.1"})
  void copyAcceptsInstanceOrSnapshot(String source) {
    assertThat(InstanceSource.copyOf(source).source()).isEqualTo(source);
  }

  @ParameterizedTest
  @ValueSource(strings = {"c1/a/b", "c1/..", "c1/%2e%2e", "c_1", "c1/a b", "../c1", "/c1", "c1/"})
  void copyRejectsMoreThanInstanceAndSnapshot(String source) {
    assertThatThrownBy(() -> InstanceSource.copyOf(source))
        .isInstanceOf(LxdValidationException.class);
  }

  @Test
  void imageNeedsExactlyOneOfAliasAndFingerprint() {
    assertThatThrownBy(() -> new InstanceSource("image", "a", "abc", "", "", ""))
        .isInstanceOf(LxdValidationException.class)
        .hasMessageContaining("exactly one");
  }

  @Test
  void fingerprintMustBeHex() {
    assertThatThrownBy(() -> InstanceSource.imageFingerprint("xyz"))
        .isInstanceOf(LxdValidationException.class)
        .hasMessageContaining("hexadecimal");
  }
}

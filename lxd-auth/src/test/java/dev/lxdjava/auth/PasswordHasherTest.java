package dev.lxdjava.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {
  private final PasswordHasher hasher = PasswordHasher.bcrypt(4);

  @Test
  void hashVerifiesOnlyItsPassword() {
    String hash = hasher.hashNew("correct horse battery");

    assertThat(hasher.verify("correct horse battery", hash)).isTrue();
    assertThat(hasher.verify("correct horse batterY", hash)).isFalse();
  }

  @Test
  void hashIsSaltedBcryptWithConfiguredCost() {
    String first = hasher.hashNew("correct horse battery");
    String second = hasher.hashNew("correct horse battery");

    assertThat(first).startsWith("$2a$04$");
    assertThat(first).isNotEqualTo(second);
  }

  @Test
  void missingHashNeverVerifies() {
    assertThat(hasher.verify("dummy-password-for-unknown-users", null)).isFalse();
  }

  @Test
  void serviceAccountMarkerNeverVerifies() {
    assertThat(hasher.verify("!", "!")).isFalse();
  }

  @Test
  void shortPasswordIsRejectedWithRule() {
    assertThatThrownBy(() -> hasher.hashNew("short"))
        .isInstanceOf(AuthValidationException.class)
        .hasMessageContaining("at least 12 characters");
  }

  @Test
  void passwordOver72BytesIsRejectedNotCut() {
    String long73 = "é".repeat(36) + "x";

    assertThatThrownBy(() -> hasher.hashNew(long73))
        .isInstanceOf(AuthValidationException.class)
        .hasMessageContaining("72 bytes");
  }

  @Test
  void overLongPasswordNeverVerifies() {
    String hash = hasher.hashNew("a".repeat(72));

    assertThat(hasher.verify("a".repeat(73), hash)).isFalse();
  }

  @Test
  void costOutsideBcryptRangeIsRejected() {
    assertThatThrownBy(() -> PasswordHasher.bcrypt(3))
        .isInstanceOf(AuthValidationException.class)
        .hasMessageContaining("4 to 31");
  }
}

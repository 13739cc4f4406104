package dev.lxdjava.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NamesTest {

  @ParameterizedTest
  @ValueSource(strings = {"c_1", "-c", "c-", "1abc", "a.b", "", "c/1", "c 1", "é"})
  void instanceRejectsNamesBreakingLxdRule(String name) {
    assertThatThrownBy(() -> Names.instance(name))
        .isInstanceOf(LxdValidationException.class)
        .hasMessageContaining("instance name")
        .hasMessageContaining("'" + name + "'");
  }

  @Test
  void instanceRejects64Characters() {
    String name = "a".repeat(64);

    assertThatThrownBy(() -> Names.instance(name))
        .isInstanceOf(LxdValidationException.class)
        .hasMessageContaining("at most 63 characters");
  }

  @ParameterizedTest
  @ValueSource(strings = {"c-1", "a", "web-01", "A1"})
  void instanceAcceptsValidNames(String name) {
    assertThat(Names.instance(name)).isEqualTo(name);
  }

  @Test
  void instanceAccepts63Characters() {
    String name = "a".repeat(63);

    assertThat(Names.instance(name)).isEqualTo(name);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "..",
        "a/b",
        "../x",
        "%2e%2e",
        "%2E%2E",
        "a%2fb",
        "a%2Fb",
        "%252e%252e",
        "%25252F",
        "a\\b",
        "a..b",
        ".",
        "tab\there"
      })
  void segmentRejectsTraversalAndEncodedForms(String name) {
    assertThatThrownBy(() -> Names.segment("snapshot name", name))
        .isInstanceOf(LxdValidationException.class)
        .hasMessageContaining("snapshot name");
  }

  @ParameterizedTest
  @ValueSource(strings = {"snap0", "before upgrade", "v1.2", "a+b", "daily-2026-12-04", "100%"})
  void segmentAcceptsOrdinaryNames(String name) {
    assertThat(Names.segment("snapshot name", name)).isEqualTo(name);
  }

  @ParameterizedTest
  @ValueSource(strings = {"lxdjtbr0", "br-0", "a_b", "a.b", "ab", "lxdjt-01234567"})
  void networkAcceptsInterfaceNames(String name) {
    assertThat(Names.network(name)).isEqualTo(name);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"a", "lxdjt-0123456789", "a:b", "a b", "a@b", "a+b", "é1", "..", "a/b", "%2e%2e"})
  void networkRejectsNamesThatAreNoInterfaceNames(String name) {
    assertThatThrownBy(() -> Names.network(name))
        .isInstanceOf(LxdValidationException.class)
        .hasMessageContaining("network name");
  }

  @ParameterizedTest
  @ValueSource(strings = {"a b", "a_b", "a'b", "a\"b", "*", "a/b", "..", "%2F"})
  void projectRejectsLxdForbiddenCharacters(String name) {
    assertThatThrownBy(() -> Names.project(name))
        .isInstanceOf(LxdValidationException.class)
        .hasMessageContaining("project name");
  }

  @ParameterizedTest
  @ValueSource(strings = {"p1", "team.a", "a:b", "a+b", "é"})
  void projectAcceptsWhatLxdAccepts(String name) {
    assertThat(Names.project(name)).isEqualTo(name);
  }

  @ParameterizedTest
  @ValueSource(strings = {"a/b", "..", "%2F", "%2e%2e", "%252e%252e"})
  void volumeProfilePoolAndAliasRejectPathTricks(String name) {
    assertThatThrownBy(() -> Names.storageVolume(name)).isInstanceOf(LxdValidationException.class);
    assertThatThrownBy(() -> Names.profile(name)).isInstanceOf(LxdValidationException.class);
    assertThatThrownBy(() -> Names.storagePool(name)).isInstanceOf(LxdValidationException.class);
    assertThatThrownBy(() -> Names.imageAlias(name))
        .isInstanceOf(LxdValidationException.class)
        .hasMessageContaining("image alias");
  }

  @ParameterizedTest
  @ValueSource(strings = {"02c5", "02C52CA169DB"})
  void fingerprintAcceptsHexPrefixes(String fingerprint) {
    assertThat(Names.imageFingerprint(fingerprint)).isEqualTo(fingerprint);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "xyz", "02c5/.."})
  void fingerprintRejectsOtherText(String fingerprint) {
    assertThatThrownBy(() -> Names.imageFingerprint(fingerprint))
        .isInstanceOf(LxdValidationException.class)
        .hasMessageContaining("image fingerprint");
  }

  @Test
  void fingerprintLengthIsAtMost64() {
    assertThat(Names.imageFingerprint("a".repeat(64))).hasSize(64);
    assertThatThrownBy(() -> Names.imageFingerprint("a".repeat(65)))
        .isInstanceOf(LxdValidationException.class)
        .hasMessageContaining("at most 64");
  }

  @ParameterizedTest
  @ValueSource(strings = {"a/b", "..", "%2F", "%2e%2e", "a%2Fb", "a b", "a?b", "a&b", "a+b", ""})
  void snapshotRejectsUnsafeAndLxdInvalidNames(String name) {
    assertThatThrownBy(() -> Names.snapshot(name))
        .isInstanceOf(LxdValidationException.class)
        .hasMessageContaining("snapshot name");
  }

  @ParameterizedTest
  @ValueSource(strings = {"snap0", "daily-2026-12-04", "v1.2", "é", "a#b"})
  void snapshotAcceptsOrdinaryNames(String name) {
    assertThat(Names.snapshot(name)).isEqualTo(name);
  }

  @ParameterizedTest
  @ValueSource(strings = {"a/b", "..", "%2F", "%2e%2e", "a%2Fb", "%252F", "."})
  void backupRejectsUnsafeNames(String name) {
    assertThatThrownBy(() -> Names.backup(name))
        .isInstanceOf(LxdValidationException.class)
        .hasMessageContaining("backup name");
  }

  @ParameterizedTest
  @ValueSource(strings = {"backup0", "before upgrade", "a+b", "a?b"})
  void backupAcceptsNamesLxdAccepts(String name) {
    assertThat(Names.backup(name)).isEqualTo(name);
  }
}

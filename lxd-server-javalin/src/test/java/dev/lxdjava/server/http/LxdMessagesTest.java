package dev.lxdjava.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The messages are those LXD 5.0.2 sends; each was seen on a real daemon. */
class LxdMessagesTest {
  @Test
  void stateConflictsAreRecognised() {
    assertThat(LxdMessages.isStateConflict("The instance is already running")).isTrue();
    assertThat(LxdMessages.isStateConflict("The instance is already stopped")).isTrue();
    assertThat(LxdMessages.isStateConflict("The container is already running")).isTrue();
    assertThat(LxdMessages.isStateConflict("Instance is running")).isTrue();
    assertThat(
            LxdMessages.isStateConflict(
                "Failed creating instance record: Add instance info to the database: "
                    + "This \"instances\" entry already exists"))
        .isTrue();
  }

  @Test
  void otherFailuresAreNoConflict() {
    assertThat(LxdMessages.isStateConflict("Instance not found")).isFalse();
    assertThat(LxdMessages.isStateConflict("Invalid devices: Network not found")).isFalse();
  }

  @Test
  void missingReferencesAreRecognised() {
    assertThat(LxdMessages.isMissingReference("Requested profile \"lxdjt-nope\" doesn't exist"))
        .isTrue();
    assertThat(LxdMessages.isMissingReference("Snapshot not found")).isTrue();
    assertThat(LxdMessages.isMissingReference("Failed to create directory: permission denied"))
        .isFalse();
  }

  @Test
  void busyInstanceIsConflict() {
    assertThat(
            LxdMessages.isStateConflict(
                "Failed to create instance update operation: "
                    + "Instance is busy running a \"start\" operation"))
        .isTrue();
    assertThat(
            LxdMessages.isStateConflict(
                "sftp: \"remove /etc: directory not empty\" (SSH_FX_FAILURE)"))
        .isTrue();
  }

  @Test
  void invalidInputIsRecognised() {
    assertThat(LxdMessages.isInvalidInput("Invalid filter: clause has no value")).isTrue();
    assertThat(LxdMessages.isInvalidInput("Invalid config: Invalid value: lots")).isTrue();
    assertThat(
            LxdMessages.isInvalidInput(
                "Invalid value for network \"lxdjt-1\" option \"ipv4.address\": "
                    + "invalid CIDR address: banana"))
        .isTrue();
    assertThat(LxdMessages.isInvalidInput("Unsupported compression")).isTrue();
    assertThat(LxdMessages.isInvalidInput("Failed to run: forkstart exit status 1")).isFalse();
  }
}

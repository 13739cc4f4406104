package dev.lxdjava.core.operation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OperationStatusTest {

  @Test
  void knownCodesMap() {
    assertThat(OperationStatus.fromCode(103)).isEqualTo(OperationStatus.RUNNING);
    assertThat(OperationStatus.fromCode(113)).isEqualTo(OperationStatus.READY);
    assertThat(OperationStatus.fromCode(200)).isEqualTo(OperationStatus.SUCCESS);
    assertThat(OperationStatus.fromCode(400)).isEqualTo(OperationStatus.FAILURE);
    assertThat(OperationStatus.fromCode(401)).isEqualTo(OperationStatus.CANCELLED);
  }

  @Test
  void unknownCodeMapsToUnknownWithoutError() {
    assertThat(OperationStatus.fromCode(999)).isEqualTo(OperationStatus.UNKNOWN);
    assertThat(OperationStatus.fromCode(-1)).isEqualTo(OperationStatus.UNKNOWN);
  }

  @Test
  void onlySuccessFailureAndCancelledAreFinal() {
    assertThat(OperationStatus.SUCCESS.isFinal()).isTrue();
    assertThat(OperationStatus.FAILURE.isFinal()).isTrue();
    assertThat(OperationStatus.CANCELLED.isFinal()).isTrue();
    assertThat(OperationStatus.RUNNING.isFinal()).isFalse();
    assertThat(OperationStatus.UNKNOWN.isFinal()).isFalse();
  }

  @Test
  void operationKeepsUnknownCode() {
    Operation operation =
        new Operation("id", "task", "d", null, null, 150, null, null, false, null, null, null);

    assertThat(operation.status()).isEqualTo(OperationStatus.UNKNOWN);
    assertThat(operation.statusCode()).isEqualTo(150);
    assertThat(operation.project()).isEqualTo("default");
  }
}

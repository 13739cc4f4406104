package dev.lxdjava.transport.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lxdjava.core.LxdProtocolException;
import dev.lxdjava.core.instance.Instance;
import dev.lxdjava.core.instance.InstanceType;
import dev.lxdjava.core.operation.Operation;
import dev.lxdjava.core.operation.OperationStatus;
import org.junit.jupiter.api.Test;

class RepliesTest {

  static JsonNode json(String text) {
    try {
      return JsonFields.MAPPER.readTree(text.replace('\'', '"'));
    } catch (java.io.IOException e) {
      throw new IllegalArgumentException(text, e);
    }
  }

  @Test
  void instanceWithMissingFieldsGetsEmptyValues() {
    Instance instance = Replies.instance(json("{'name': 'c1'}"), "p1");

    assertThat(instance.name()).isEqualTo("c1");
    assertThat(instance.type()).isEqualTo(InstanceType.CONTAINER);
    assertThat(instance.description()).isEmpty();
    assertThat(instance.config()).isEmpty();
    assertThat(instance.profiles()).isEmpty();
    assertThat(instance.project()).isEqualTo("p1");
    assertThat(instance.createdAt()).isNull();
  }

  @Test
  void recursionOneInstanceHasNoEmbeddedParts() {
    Instance instance = Replies.instance(json("{'name': 'c1', 'status': 'Stopped'}"), "default");

    assertThat(instance.state()).isNull();
    assertThat(instance.snapshots()).isNull();
    assertThat(instance.backups()).isNull();
  }

  @Test
  void instanceWithRecursionTwoEmbedsSnapshotsAndBackups() {
    Instance instance =
        Replies.instance(
            json(
                "{'name': 'c1', 'state': {'status': 'Running', 'pid': 42},"
                    + " 'snapshots': [{'name': 'snap0', 'expires_at': '2030-01-01T00:00:00Z',"
                    + " 'size': 1024}],"
                    + " 'backups': null}"),
            "default");

    assertThat(instance.state().pid()).isEqualTo(42);
    assertThat(instance.snapshots())
        .singleElement()
        .satisfies(
            snapshot -> {
              assertThat(snapshot.name()).isEqualTo("snap0");
              assertThat(snapshot.expires()).isTrue();
              assertThat(snapshot.size()).isEqualTo(1024);
            });
    assertThat(instance.backups()).isEmpty();
  }

  @Test
  void instanceFieldOfWrongTypeIsNamed() {
    assertThatThrownBy(() -> Replies.instance(json("{'name': 'c1', 'status_code': 'x'}"), "p"))
        .isInstanceOf(LxdProtocolException.class)
        .hasMessageContaining("'status_code'")
        .hasMessageContaining("a number");
  }

  @Test
  void instanceConfigOfWrongTypeIsNamed() {
    assertThatThrownBy(() -> Replies.instance(json("{'name': 'c1', 'config': ['a']}"), "p"))
        .isInstanceOf(LxdProtocolException.class)
        .hasMessageContaining("'config'");
  }

  @Test
  void snapshotsOfWrongTypeAreNamed() {
    assertThatThrownBy(() -> Replies.instance(json("{'name': 'c1', 'snapshots': {}}"), "p"))
        .isInstanceOf(LxdProtocolException.class)
        .hasMessageContaining("'snapshots'")
        .hasMessageContaining("an array");
  }

  @Test
  void snapshotTimeThatIsNoTimeIsNamed() {
    assertThatThrownBy(
            () ->
                Replies.instance(
                    json("{'name': 'c1', 'snapshots': [{'name': 's', 'created_at': 'soon'}]}"),
                    "p"))
        .isInstanceOf(LxdProtocolException.class)
        .hasMessageContaining("'created_at'")
        .hasMessageContaining("soon");
  }

  @Test
  void unknownInstanceTypeIsProtocolError() {
    assertThatThrownBy(() -> Replies.instance(json("{'name': 'c1', 'type': 'unikernel'}"), "p"))
        .isInstanceOf(LxdProtocolException.class)
        .hasMessageContaining("unikernel");
  }

  @Test
  void unknownOperationStatusCodeMapsToUnknown() {
    Operation operation =
        Replies.operation(json("{'id': 'op1', 'status_code': 999, 'status': 'Dancing'}"), "p1");

    assertThat(operation.status()).isEqualTo(OperationStatus.UNKNOWN);
    assertThat(operation.statusCode()).isEqualTo(999);
    assertThat(operation.isFinal()).isFalse();
  }

  @Test
  void operationResourcesGiveCreatedNames() {
    Operation operation =
        Replies.operation(
            json(
                "{'id': 'op1', 'status_code': 200, 'resources': {"
                    + "'instances': ['/1.0/instances/c1?project=p1'],"
                    + "'backups': ['/1.0/backups/backup0']}}"),
            "p1");

    assertThat(operation.findInstanceName()).contains("c1");
    assertThat(operation.resourceNames("backups")).containsExactly("backup0");
    assertThat(operation.resourceNames("images")).isEmpty();
  }

  @Test
  void operationResourcesOfWrongTypeAreNamed() {
    assertThatThrownBy(
            () -> Replies.operation(json("{'id': 'op1', 'resources': {'instances': 'c1'}}"), "p"))
        .isInstanceOf(LxdProtocolException.class)
        .hasMessageContaining("'instances'");
  }
}

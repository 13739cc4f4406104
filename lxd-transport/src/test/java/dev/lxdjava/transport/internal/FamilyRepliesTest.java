package dev.lxdjava.transport.internal;

import static dev.lxdjava.transport.internal.RepliesTest.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lxdjava.core.LxdProtocolException;
import dev.lxdjava.core.backup.InstanceBackup;
import dev.lxdjava.core.server.ServerResources;
import dev.lxdjava.core.snapshot.InstanceSnapshot;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FamilyRepliesTest {

  @Test
  void snapshotWithoutExpiryNeverExpires() {
    InstanceSnapshot snapshot =
        SnapshotReplies.snapshot(
            json("{'name': 'snap0', 'expires_at': '0001-01-01T00:00:00Z', 'stateful': true}"));

    assertThat(snapshot.expires()).isFalse();
    assertThat(snapshot.stateful()).isTrue();
    assertThat(snapshot.size()).isEqualTo(-1);
  }

  @Test
  void snapshotNameLosesInstancePrefixOfOlderDaemons() {
    InstanceSnapshot snapshot = SnapshotReplies.snapshot(json("{'name': 'c1/snap0'}"));

    assertThat(snapshot.name()).isEqualTo("snap0");
  }

  @Test
  void snapshotListMustBeArray() {
    assertThatThrownBy(() -> SnapshotReplies.snapshots(json("{'name': 'snap0'}")))
        .isInstanceOf(LxdProtocolException.class)
        .hasMessageContaining("snapshot list");
  }

  @Test
  void backupMapsFlagsAndTimes() {
    InstanceBackup backup =
        BackupReplies.backup(
            json(
                "{'name': 'b1', 'created_at': '2026-01-02T03:04:05Z',"
                    + " 'expires_at': '2030-01-01T00:00:00Z', 'instance_only': true,"
                    + " 'container_only': true, 'optimized_storage': false}"));

    assertThat(backup.name()).isEqualTo("b1");
    assertThat(backup.createdAt()).isEqualTo(Instant.parse("2026-01-02T03:04:05Z"));
    assertThat(backup.expires()).isTrue();
    assertThat(backup.instanceOnly()).isTrue();
  }

  @Test
  void backupFlagOfWrongTypeIsNamed() {
    assertThatThrownBy(() -> BackupReplies.backup(json("{'name': 'b1', 'instance_only': 'yes'}")))
        .isInstanceOf(LxdProtocolException.class)
        .hasMessageContaining("'instance_only'")
        .hasMessageContaining("a boolean");
  }

  @Test
  void resourcesCountThreadsAndKeepRawReply() {
    ServerResources resources =
        ResourcesReplies.resources(
            json(
                "{'cpu': {'architecture': 'x86_64', 'total': 4, 'sockets': [{'socket': 0,"
                    + " 'name': 'EPYC', 'vendor': 'AMD', 'cores': [{'threads': [{}, {}]},"
                    + " {'threads': [{}, {}]}]}]},"
                    + " 'memory': {'total': 1000, 'used': 400},"
                    + " 'storage': {'disks': [{'id': 'vda', 'size': 5, 'read_only': false}]},"
                    + " 'gpu': {'cards': []},"
                    + " 'network': {'cards': [{'driver': 'virtio_net', 'ports': [{'id': 'eth0'}]}]},"
                    + " 'system': {'firmware': null}}"));

    assertThat(resources.cpu().sockets())
        .singleElement()
        .satisfies(
            socket -> {
              assertThat(socket.cores()).isEqualTo(2);
              assertThat(socket.threads()).isEqualTo(4);
            });
    assertThat(resources.memory().used()).isEqualTo(400);
    assertThat(resources.disks()).extracting(ServerResources.Disk::id).containsExactly("vda");
    assertThat(resources.gpus()).isEmpty();
    assertThat(resources.networkCards().get(0).ports()).containsExactly("eth0");
    assertThat(resources.raw()).containsKey("system");
  }

  @Test
  void resourcesWithMissingPartsAreEmpty() {
    ServerResources resources = ResourcesReplies.resources(json("{}"));

    assertThat(resources.cpu().total()).isZero();
    assertThat(resources.disks()).isEmpty();
  }

  @Test
  void resourcesFieldOfWrongTypeIsNamed() {
    assertThatThrownBy(() -> ResourcesReplies.resources(json("{'memory': {'total': 'lots'}}")))
        .isInstanceOf(LxdProtocolException.class)
        .hasMessageContaining("'total'");
  }
}

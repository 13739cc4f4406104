package dev.lxdjava.transport.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lxdjava.core.LxdProtocolException;
import dev.lxdjava.core.storage.StorageVolume;
import dev.lxdjava.core.storage.StorageVolumeSnapshot;
import dev.lxdjava.core.storage.VolumeType;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class StorageRepliesTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode json(String text) throws Exception {
    return JSON.readTree(text.replace('\'', '"'));
  }

  @Test
  void listedSnapshotLosesVolumePrefixAndNullExpiry() throws Exception {
    JsonNode listed =
        json(
            "{'name':'v1/s1','expires_at':null,'config':{},'content_type':'',"
                + "'created_at':'0001-01-01T00:00:00Z'}");

    StorageVolumeSnapshot snapshot = StorageReplies.snapshot(listed);

    assertThat(snapshot.name()).isEqualTo("s1");
    assertThat(snapshot.expiresAt()).isNull();
  }

  @Test
  void singleSnapshotZeroExpiryMeansNever() throws Exception {
    JsonNode single =
        json("{'name':'s1','expires_at':'0001-01-01T00:00:00Z','content_type':'filesystem'}");

    assertThat(StorageReplies.snapshot(single).expiresAt()).isNull();
  }

  @Test
  void snapshotExpiryIsKept() throws Exception {
    JsonNode single = json("{'name':'s1','expires_at':'2030-01-01T00:00:00Z'}");

    assertThat(StorageReplies.snapshot(single).expiresAt())
        .isEqualTo(Instant.parse("2030-01-01T00:00:00Z"));
  }

  @Test
  void volumeListLeavesSnapshotsOut() throws Exception {
    JsonNode list =
        json(
            "[{'name':'c1','type':'container'},{'name':'c1/snap0','type':'container'},"
                + "{'name':'data','type':'custom','project':'p1'}]");

    List<StorageVolume> volumes = StorageReplies.volumes(list, "default");

    assertThat(volumes).extracting(StorageVolume::name).containsExactly("c1", "data");
    assertThat(volumes.get(0).project()).isEqualTo("default");
    assertThat(volumes.get(1).project()).isEqualTo("p1");
    assertThat(volumes.get(1).type()).isEqualTo(VolumeType.CUSTOM);
  }

  @Test
  void unknownVolumeTypeIsProtocolError() throws Exception {
    JsonNode odd = json("{'name':'x','type':'bucket'}");

    assertThatThrownBy(() -> StorageReplies.volume(odd, "default"))
        .isInstanceOf(LxdProtocolException.class)
        .hasMessageContaining("bucket");
  }

  @Test
  void nullPoolUsersGiveEmptyList() throws Exception {
    JsonNode pool = json("{'name':'p','driver':'dir','used_by':null,'config':{'source':'/x'}}");

    assertThat(StorageReplies.pool(pool).usedBy()).isEmpty();
  }

  @Test
  void resourcesWithoutInodesGiveZero() throws Exception {
    JsonNode resources = json("{'space':{'used':10,'total':100}}");

    var mapped = StorageReplies.resources(resources);

    assertThat(mapped.space().total()).isEqualTo(100);
    assertThat(mapped.inodes().total()).isZero();
  }
}

package dev.lxdjava.testkit.fake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lxdjava.testkit.WithFakeLxd;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Storage pools and volumes, networks, images and aliases. */
@WithFakeLxd
class FakeStorageNetworkImageTest {
  private final FakeLxd fake;
  private final RawLxd lxd;

  FakeStorageNetworkImageTest(FakeLxd fake) throws Exception {
    this.fake = fake;
    this.lxd = new RawLxd(fake);
  }

  @BeforeEach
  void reset() {
    fake.reset();
  }

  @AfterEach
  void close() throws Exception {
    lxd.close();
  }

  @Test
  void customVolumeWritesAreSynchronous() throws Exception {
    String volumes = "/1.0/storage-pools/default/volumes/custom";

    RawLxd.Reply created =
        lxd.send("POST", volumes, Map.of("name", "v1", "config", Map.of("size", "10MiB")));
    RawLxd.Reply duplicate = lxd.send("POST", volumes, Map.of("name", "v1"));
    RawLxd.Reply badKey =
        lxd.send("POST", volumes, Map.of("name", "v2", "config", Map.of("bogus", "1")));
    RawLxd.Reply volume = lxd.get(volumes + "/v1");
    RawLxd.Reply renamed = lxd.send("POST", volumes + "/v1", Map.of("name", "v3"));

    assertThat(created.status()).isEqualTo(200);
    assertThat(created.json().get("type").asText()).isEqualTo("sync");
    assertThat(duplicate.status()).isEqualTo(409);
    assertThat(duplicate.json().get("error").asText())
        .isEqualTo("Volume by that name already exists");
    assertThat(badKey.json().get("error").asText())
        .isEqualTo("Invalid option for volume \"default_v2\" option \"bogus\"");
    assertThat(volume.metadata().get("content_type").asText()).isEqualTo("filesystem");
    assertThat(volume.header("ETag")).isNotBlank();
    assertThat(renamed.status()).isEqualTo(201);
    assertThat(lxd.get(volumes + "/v1").json().get("error").asText())
        .isEqualTo("Storage pool volume not found");
  }

  @Test
  void volumeSnapshotsRunInOperations() throws Exception {
    String volume = "/1.0/storage-pools/default/volumes/custom/v1";
    lxd.send("POST", "/1.0/storage-pools/default/volumes/custom", Map.of("name", "v1"));

    JsonNode created = lxd.run("POST", volume + "/snapshots", Map.of("name", "s1"));
    JsonNode listed = lxd.get(volume + "/snapshots?recursion=1").metadata();
    JsonNode deleted = lxd.run("DELETE", volume + "/snapshots/s1", null);

    assertThat(created.get("description").asText()).isEqualTo("Creating storage volume snapshot");
    assertThat(listed.get(0).get("name").asText()).isEqualTo("v1/s1");
    assertThat(deleted.get("status").asText()).isEqualTo("Success");
  }

  @Test
  void poolInUseCannotBeDeleted() throws Exception {
    RawLxd.Reply reply = lxd.send("DELETE", "/1.0/storage-pools/default", null);
    RawLxd.Reply created =
        lxd.send("POST", "/1.0/storage-pools", Map.of("name", "extra", "driver", "dir"));
    RawLxd.Reply removed = lxd.send("DELETE", "/1.0/storage-pools/extra", null);

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().get("error").asText())
        .isEqualTo("The storage pool is currently in use");
    assertThat(created.status()).isEqualTo(201);
    assertThat(removed.status()).isEqualTo(200);
  }

  @Test
  void networksFollowLxdRulesAndMessages() throws Exception {
    Map<String, Object> noAddresses = Map.of("ipv4.address", "none", "ipv6.address", "none");

    RawLxd.Reply created =
        lxd.send("POST", "/1.0/networks", Map.of("name", "br1", "config", noAddresses));
    RawLxd.Reply duplicate =
        lxd.send("POST", "/1.0/networks", Map.of("name", "br1", "config", noAddresses));
    RawLxd.Reply tooLong = lxd.send("POST", "/1.0/networks", Map.of("name", "a-very-long-name1"));
    RawLxd.Reply badDriver =
        lxd.send("POST", "/1.0/networks", Map.of("name", "n2", "type", "bogus"));
    JsonNode network = lxd.get("/1.0/networks/br1").metadata();
    RawLxd.Reply deleteUnmanaged = lxd.send("DELETE", "/1.0/networks/lo", null);

    assertThat(created.status()).isEqualTo(201);
    assertThat(duplicate.json().get("error").asText()).isEqualTo("The network already exists");
    assertThat(tooLong.json().get("error").asText())
        .isEqualTo("Network interface is too long (maximum 15 characters)");
    assertThat(badDriver.json().get("error").asText()).isEqualTo("Unknown driver");
    assertThat(network.get("managed").asBoolean()).isTrue();
    assertThat(network.get("config").get("ipv4.address").asText()).isEqualTo("none");
    assertThat(deleteUnmanaged.json().get("error").asText())
        .isEqualTo("Failed loading network: Network not found");
  }

  @Test
  void publishedImageGetsAliasAndLaunchesInstances() throws Exception {
    lxd.run(
        "POST",
        "/1.0/instances",
        Map.of("name", "c1", "source", Map.of("type", "image", "alias", FakeLxd.IMAGE_ALIAS)));
    lxd.send("POST", "/1.0/instances/c1/files?path=/root/marker", "from c1".getBytes());

    JsonNode published =
        lxd.run(
            "POST",
            "/1.0/images",
            Map.of(
                "source",
                Map.of("type", "instance", "name", "c1"),
                "aliases",
                List.of(Map.of("name", "mine"))));
    lxd.run(
        "POST",
        "/1.0/instances",
        Map.of("name", "c2", "source", Map.of("type", "image", "alias", "mine")));

    String fingerprint = published.get("metadata").get("fingerprint").asText();
    assertThat(
            lxd.get("/1.0/images/" + fingerprint.substring(0, 12))
                .metadata()
                .get("fingerprint")
                .asText())
        .isEqualTo(fingerprint);
    assertThat(new String(lxd.get("/1.0/instances/c2/files?path=/root/marker").body()))
        .isEqualTo("from c1");
  }

  @Test
  void uploadedTarballBecomesImageWithFingerprint() throws Exception {
    byte[] tarball = lxd.get("/1.0/images/" + busyboxFingerprint() + "/export").body();
    lxd.run("DELETE", "/1.0/images/" + busyboxFingerprint(), null);

    JsonNode uploaded =
        lxd.await(
            lxd.send(
                "POST",
                "/1.0/images",
                tarball,
                Map.of("X-LXD-properties", "os=busybox&release=upload")));
    JsonNode image =
        lxd.get("/1.0/images/" + uploaded.get("metadata").get("fingerprint").asText()).metadata();

    assertThat(image.get("properties").get("release").asText()).isEqualTo("upload");
    assertThat(image.get("size").asLong()).isEqualTo(tarball.length);
  }

  private String busyboxFingerprint() throws Exception {
    return lxd.get("/1.0/images/aliases/" + FakeLxd.IMAGE_ALIAS).metadata().get("target").asText();
  }

  @Test
  void aliasesFollowLxdMessages() throws Exception {
    String target = busyboxFingerprint();

    RawLxd.Reply created =
        lxd.send("POST", "/1.0/images/aliases", Map.of("name", "a1", "target", target));
    RawLxd.Reply duplicate =
        lxd.send("POST", "/1.0/images/aliases", Map.of("name", "a1", "target", target));
    RawLxd.Reply missingTarget =
        lxd.send("POST", "/1.0/images/aliases", Map.of("name", "a2", "target", "ffff"));
    RawLxd.Reply empty =
        lxd.send("POST", "/1.0/images/aliases", Map.of("name", "", "target", target));

    assertThat(created.status()).isEqualTo(201);
    assertThat(duplicate.json().get("error").asText()).isEqualTo("Alias \"a1\" already exists");
    assertThat(missingTarget.json().get("error").asText()).isEqualTo("Image not found");
    assertThat(empty.json().get("error").asText()).isEqualTo("name and target are required");
  }
}

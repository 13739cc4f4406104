package dev.lxdjava.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lxdjava.auth.Role;
import dev.lxdjava.testkit.fake.FakeLxd;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The storage pool, volume and volume snapshot routes on the fake LXD. */
class StorageRoutesOnFakeTest {
  private static final String VOLUMES = "/api/v1/storage/pools/default/volumes";

  private static GatewayHarness gateway;
  private static FakeLxd fake;
  private static String admin;
  private static String operator;
  private static String viewer;

  @BeforeAll
  static void startGateway() throws Exception {
    gateway = GatewayHarness.startOnFake();
    fake = gateway.application().fakeLxd().orElseThrow();
    admin = gateway.login(GatewayHarness.ADMIN, GatewayHarness.ADMIN_PASSWORD);
    operator = gateway.tokenFor("operator1", Role.OPERATOR);
    viewer = gateway.tokenFor("viewer1", Role.VIEWER);
  }

  @AfterAll
  static void stopGateway() throws Exception {
    gateway.close();
  }

  @BeforeEach
  void freshDaemon() {
    fake.reset();
    fake.faults().clear();
    fake.requests().clear();
  }

  private static GatewayHarness.Reply createVolume(String name) throws Exception {
    return gateway.send("POST", VOLUMES, admin, Map.of("name", name, "size", "1GiB"));
  }

  private static void createInstance(String name) throws Exception {
    var reply =
        gateway.send(
            "POST",
            "/api/v1/instances?wait=true",
            admin,
            Map.of("name", name, "source", Map.of("alias", FakeLxd.IMAGE_ALIAS)));
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
  }

  private static GatewayHarness.Reply devices(String instance) throws Exception {
    return gateway.send("GET", "/api/v1/instances/" + instance, viewer, null);
  }

  @Test
  void poolCreateAnswers201WithThePoolAndEtag() throws Exception {
    var created =
        gateway.send(
            "POST",
            "/api/v1/storage/pools",
            admin,
            Map.of("name", "pool2", "driver", "dir", "description", "scratch"));

    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    assertThat(created.json().get("name").asText()).isEqualTo("pool2");
    assertThat(created.json().get("description").asText()).isEqualTo("scratch");
    assertThat(created.header("ETag")).isNotBlank();
  }

  @Test
  void poolWithUnknownDriverIs400BeforeLxd() throws Exception {
    var reply =
        gateway.send(
            "POST", "/api/v1/storage/pools", admin, Map.of("name", "pool2", "driver", "nosuch"));

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().get("detail").asText()).contains("'driver'='nosuch'").contains("dir");
    assertThat(fake.requests().all()).isEmpty();
  }

  @Test
  void poolListIsSortedAndPaged() throws Exception {
    for (String name : List.of("zeta", "alpha")) {
      gateway.send("POST", "/api/v1/storage/pools", admin, Map.of("name", name, "driver", "dir"));
    }

    var page = gateway.send("GET", "/api/v1/storage/pools?expand=false&limit=2", viewer, null);

    assertThat(page.json().get("total").asInt()).isEqualTo(3);
    assertThat(page.json().get("items").toString()).isEqualTo("[\"alpha\",\"default\"]");
  }

  @Test
  void poolUpdateWithStaleEtagIs412() throws Exception {
    var reply =
        gateway.send(
            "PATCH",
            "/api/v1/storage/pools/default",
            admin,
            Map.of("description", "changed"),
            Map.of("If-Match", "\"stale\""));

    assertThat(reply.status()).as(reply.toString()).isEqualTo(412);
  }

  @Test
  void poolPatchChangesDescription() throws Exception {
    var patched =
        gateway.send(
            "PATCH", "/api/v1/storage/pools/default", admin, Map.of("description", "patched"));

    assertThat(patched.status()).as(patched.toString()).isEqualTo(200);
    assertThat(patched.json().get("description").asText()).isEqualTo("patched");
    assertThat(patched.json().get("config").get("source")).isNotNull();
  }

  @Test
  void poolDeleteAnswers204() throws Exception {
    gateway.send("POST", "/api/v1/storage/pools", admin, Map.of("name", "pool2", "driver", "dir"));

    var deleted = gateway.send("DELETE", "/api/v1/storage/pools/pool2", admin, null);

    assertThat(deleted.status()).isEqualTo(204);
    assertThat(gateway.send("GET", "/api/v1/storage/pools/pool2", viewer, null).status())
        .isEqualTo(404);
  }

  @Test
  void poolResourcesAreServedUnderBothPaths() throws Exception {
    var current = gateway.send("GET", "/api/v1/storage/pools/default/resources", viewer, null);
    var earlier =
        gateway.send("GET", "/api/v1/system/storage-pools/default/resources", viewer, null);

    assertThat(current.status()).as(current.toString()).isEqualTo(200);
    assertThat(current.json().has("space")).isTrue();
    assertThat(earlier.body()).isEqualTo(current.body());
  }

  @Test
  void projectGrantDoesNotReadPools() throws Exception {
    String scoped = gateway.tokenFor("scoped1", Role.NONE);
    gateway.send(
        "PUT", "/api/v1/auth/users/scoped1/grants/default", admin, Map.of("role", "admin"));

    var reply = gateway.send("GET", "/api/v1/storage/pools", scoped, null);

    assertThat(reply.status()).isEqualTo(403);
  }

  @Test
  void volumeCreateAnswers201WithSize() throws Exception {
    var created = createVolume("vol1");

    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    assertThat(created.json().get("config").get("size").asText()).isEqualTo("1GiB");
    assertThat(created.json().get("type").asText()).isEqualTo("custom");
  }

  @Test
  void volumeWithBadSizeIs400BeforeLxd() throws Exception {
    var reply = gateway.send("POST", VOLUMES, admin, Map.of("name", "vol1", "size", "lots"));

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().get("detail").asText()).contains("lots");
    assertThat(fake.requests().all()).isEmpty();
  }

  @Test
  void encodedDotDotVolumeNameNeverReachesLxd() throws Exception {
    var reply = gateway.send("GET", VOLUMES + "/custom/%2E%2E", viewer, null);

    assertThat(reply.status()).isEqualTo(400);
    assertThat(fake.requests().all()).isEmpty();
  }

  @Test
  void unknownVolumeTypeIs400() throws Exception {
    var reply = gateway.send("GET", VOLUMES + "/disk/vol1", viewer, null);

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().get("detail").asText()).contains("disk");
  }

  @Test
  void volumeRenameAndResize() throws Exception {
    createVolume("vol1");

    var renamed =
        gateway.send("POST", VOLUMES + "/custom/vol1/rename", admin, Map.of("name", "vol2"));
    var resized =
        gateway.send("POST", VOLUMES + "/custom/vol2/resize", admin, Map.of("size", "2GiB"));

    assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
    assertThat(renamed.json().get("name").asText()).isEqualTo("vol2");
    assertThat(resized.status()).as(resized.toString()).isEqualTo(200);
    assertThat(resized.json().get("config").get("size").asText()).isEqualTo("2GiB");
  }

  @Test
  void volumeDeleteAnswers204AndRefusesOtherTypes() throws Exception {
    createVolume("vol1");

    var deleted = gateway.send("DELETE", VOLUMES + "/custom/vol1", admin, null);
    var image = gateway.send("DELETE", VOLUMES + "/image/abc", admin, null);

    assertThat(deleted.status()).isEqualTo(204);
    assertThat(image.status()).isEqualTo(400);
  }

  @Test
  void attachUsesCallersDeviceNameAndPath() throws Exception {
    createVolume("vol1");
    createInstance("c1");

    var attached =
        gateway.send(
            "POST",
            VOLUMES + "/custom/vol1/attach?instance=c1&device_name=data&path=/srv/data",
            operator,
            null);

    assertThat(attached.status()).as(attached.toString()).isEqualTo(200);
    var device = devices("c1").json().get("devices").get("data");
    assertThat(device.get("source").asText()).isEqualTo("vol1");
    assertThat(device.get("path").asText()).isEqualTo("/srv/data");
  }

  @Test
  void attachDefaultsToVolumeNameUnderMnt() throws Exception {
    createVolume("vol1");
    createInstance("c1");

    var attached =
        gateway.send("POST", VOLUMES + "/custom/vol1/attach?instance=c1", operator, null);

    assertThat(attached.json().get("device_name").asText()).isEqualTo("vol1");
    assertThat(attached.json().get("path").asText()).isEqualTo("/mnt/vol1");
  }

  @Test
  void detachRemovesTheDevice() throws Exception {
    createVolume("vol1");
    createInstance("c1");
    gateway.send("POST", VOLUMES + "/custom/vol1/attach?instance=c1", operator, null);

    var detached =
        gateway.send("POST", VOLUMES + "/custom/vol1/detach?instance=c1", operator, null);

    assertThat(detached.status()).isEqualTo(204);
    assertThat(devices("c1").json().get("devices").has("vol1")).isFalse();
  }

  @Test
  void detachOfUnattachedVolumeIs404() throws Exception {
    createVolume("vol1");
    createInstance("c1");

    var reply = gateway.send("POST", VOLUMES + "/custom/vol1/detach?instance=c1", operator, null);

    assertThat(reply.status()).isEqualTo(404);
    assertThat(reply.json().get("detail").asText()).contains("not attached");
  }

  @Test
  void attachOfMissingVolumeIs404() throws Exception {
    createInstance("c1");

    var reply = gateway.send("POST", VOLUMES + "/custom/nope/attach?instance=c1", operator, null);

    assertThat(reply.status()).isEqualTo(404);
  }

  @Test
  void attachWithoutInstanceIs400NamingIt() throws Exception {
    var reply = gateway.send("POST", VOLUMES + "/custom/vol1/attach", operator, null);

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().get("parameter").asText()).isEqualTo("instance");
  }

  @Test
  void attachWithRelativePathIs400() throws Exception {
    var reply =
        gateway.send("POST", VOLUMES + "/custom/vol1/attach?instance=c1&path=srv", operator, null);

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().get("detail").asText()).contains("absolute");
  }

  @Test
  void operatorMayNotCreateVolumes() throws Exception {
    var reply = createVolumeAs(operator);

    assertThat(reply.status()).isEqualTo(403);
    assertThat(fake.requests().all()).isEmpty();
  }

  private static GatewayHarness.Reply createVolumeAs(String token) throws Exception {
    return gateway.send("POST", VOLUMES, token, Map.of("name", "vol1"));
  }

  @Test
  void volumeSnapshotLifecycle() throws Exception {
    createVolume("vol1");
    String snapshots = VOLUMES + "/custom/vol1/snapshots";

    var created = gateway.send("POST", snapshots + "?wait=true", admin, Map.of("name", "s0"));
    var renamed =
        gateway.send("POST", snapshots + "/s0/rename?wait=true", admin, Map.of("name", "s1"));
    var listed = gateway.send("GET", snapshots + "?expand=false", viewer, null);
    var restored = gateway.send("POST", snapshots + "/s1/restore", admin, null);
    var deleted = gateway.send("DELETE", snapshots + "/s1?wait=true", admin, null);

    assertThat(created.status()).as(created.toString()).isEqualTo(200);
    assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
    assertThat(listed.json().get("items").toString()).isEqualTo("[\"s1\"]");
    assertThat(restored.status()).as(restored.toString()).isEqualTo(200);
    assertThat(restored.json().get("name").asText()).isEqualTo("vol1");
    assertThat(deleted.status()).isEqualTo(200);
  }

  @Test
  void volumeSnapshotCreateWithoutWaitIs202() throws Exception {
    createVolume("vol1");

    var reply =
        gateway.send("POST", VOLUMES + "/custom/vol1/snapshots", admin, Map.of("name", "s0"));

    assertThat(reply.status()).isEqualTo(202);
    assertThat(reply.json().get("operation_id").asText()).isNotBlank();
  }

  @Test
  void volumeSnapshotUpdateSetsExpiry() throws Exception {
    createVolume("vol1");
    String snapshots = VOLUMES + "/custom/vol1/snapshots";
    gateway.send("POST", snapshots + "?wait=true", admin, Map.of("name", "s0"));

    var updated =
        gateway.send(
            "PUT",
            snapshots + "/s0",
            admin,
            Map.of("description", "keep", "expires_at", "2030-01-01T00:00:00Z"));

    assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
    assertThat(updated.json().get("expires_at").asText()).startsWith("2030-01-01T00:00");
  }
}

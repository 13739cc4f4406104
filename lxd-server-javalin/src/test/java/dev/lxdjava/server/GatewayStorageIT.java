package dev.lxdjava.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lxdjava.auth.Role;
import dev.lxdjava.core.Lxd;
import dev.lxdjava.core.instance.InstanceCreate;
import dev.lxdjava.core.storage.StorageVolumes;
import dev.lxdjava.testkit.LocalLxd;
import dev.lxdjava.testkit.TestNames;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The storage pool, volume and volume snapshot routes over real LXD. */
@LocalLxd
class GatewayStorageIT {
  private static final String VOLUMES = "/api/v1/storage/pools/default/volumes";

  private static GatewayHarness gateway;
  private static String admin;
  private static String operator;
  private static String viewer;

  private final Lxd lxd;
  private final String volume = TestNames.unique();
  private final String renamed = TestNames.unique();
  private final String instance = TestNames.unique();
  private final String pool = TestNames.unique();

  GatewayStorageIT(Lxd lxd) {
    this.lxd = lxd;
  }

  @BeforeAll
  static void startGateway() throws Exception {
    gateway = GatewayHarness.start();
    admin = gateway.login(GatewayHarness.ADMIN, GatewayHarness.ADMIN_PASSWORD);
    operator = gateway.tokenFor("operator1", Role.OPERATOR);
    viewer = gateway.tokenFor("viewer1", Role.VIEWER);
  }

  @AfterAll
  static void stopGateway() throws Exception {
    gateway.close();
  }

  @AfterEach
  void deleteWhatTheTestMade() {
    TestCleanup.deleteInstance(lxd, instance);
    StorageVolumes volumes = lxd.storageVolumes("default");
    for (String name : new String[] {volume, renamed}) {
      if (volumes.find(name).isPresent()) {
        volumes
            .snapshots(name)
            .list()
            .forEach(s -> volumes.snapshots(name).delete(s.name()).await());
        volumes.delete(name);
      }
    }
    if (lxd.storagePools().find(pool).isPresent()) {
      lxd.storagePools().delete(pool);
    }
  }

  private GatewayHarness.Reply createVolume() throws Exception {
    return gateway.send("POST", VOLUMES, admin, Map.of("name", volume, "size", "64MiB"));
  }

  private void createInstance() {
    lxd.instances()
        .create(InstanceCreate.builder(instance).image(TestNames.IMAGE_ALIAS).build())
        .await();
  }

  @Test
  void poolLifecycle() throws Exception {
    var created =
        gateway.send("POST", "/api/v1/storage/pools", admin, Map.of("name", pool, "driver", "dir"));
    var patched =
        gateway.send(
            "PATCH",
            "/api/v1/storage/pools/" + pool,
            admin,
            Map.of("description", "scratch"),
            Map.of("If-Match", created.header("ETag")));
    var resources =
        gateway.send("GET", "/api/v1/storage/pools/" + pool + "/resources", viewer, null);
    var deleted = gateway.send("DELETE", "/api/v1/storage/pools/" + pool, admin, null);

    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    assertThat(created.json().get("driver").asText()).isEqualTo("dir");
    assertThat(patched.status()).as(patched.toString()).isEqualTo(200);
    assertThat(patched.json().get("description").asText()).isEqualTo("scratch");
    assertThat(resources.json().get("space").get("total").asLong()).isPositive();
    assertThat(deleted.status()).isEqualTo(204);
    assertThat(lxd.storagePools().find(pool)).isEmpty();
  }

  @Test
  void poolWithUnknownDriverIs400NotLxds500() throws Exception {
    var reply =
        gateway.send(
            "POST", "/api/v1/storage/pools", admin, Map.of("name", pool, "driver", "nosuch"));

    assertThat(reply.status()).isEqualTo(400);
    assertThat(lxd.storagePools().find(pool)).isEmpty();
  }

  @Test
  void volumeLifecycle() throws Exception {
    var created = createVolume();
    var resized =
        gateway.send(
            "POST", VOLUMES + "/custom/" + volume + "/resize", admin, Map.of("size", "128MiB"));
    var moved =
        gateway.send(
            "POST", VOLUMES + "/custom/" + volume + "/rename", admin, Map.of("name", renamed));
    var listed = gateway.send("GET", VOLUMES + "?type=custom&expand=false", viewer, null);
    var deleted = gateway.send("DELETE", VOLUMES + "/custom/" + renamed, admin, null);

    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    assertThat(resized.json().get("config").get("size").asText()).isEqualTo("128MiB");
    assertThat(moved.json().get("name").asText()).isEqualTo(renamed);
    assertThat(listed.json().get("items").toString()).contains("custom/" + renamed);
    assertThat(deleted.status()).isEqualTo(204);
    assertThat(lxd.storageVolumes("default").find(renamed)).isEmpty();
  }

  @Test
  void volumeWithBadSizeIs400NotLxds500() throws Exception {
    var reply = gateway.send("POST", VOLUMES, admin, Map.of("name", volume, "size", "abc"));

    assertThat(reply.status()).isEqualTo(400);
    assertThat(lxd.storageVolumes("default").find(volume)).isEmpty();
  }

  @Test
  void volumeSnapshotsCreateRenameRestoreDelete() throws Exception {
    createVolume();
    String snapshots = VOLUMES + "/custom/" + volume + "/snapshots";

    var created = gateway.send("POST", snapshots + "?wait=true", admin, Map.of("name", "s0"));
    var moved =
        gateway.send("POST", snapshots + "/s0/rename?wait=true", admin, Map.of("name", "s1"));
    var listed = gateway.send("GET", snapshots + "?expand=false", viewer, null);
    var restored = gateway.send("POST", snapshots + "/s1/restore", admin, null);
    var deleted = gateway.send("DELETE", snapshots + "/s1?wait=true", admin, null);

    assertThat(created.status()).as(created.toString()).isEqualTo(200);
    assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
    assertThat(listed.json().get("items").toString()).isEqualTo("[\"s1\"]");
    assertThat(restored.status()).as(restored.toString()).isEqualTo(200);
    assertThat(deleted.status()).as(deleted.toString()).isEqualTo(200);
    assertThat(lxd.storageVolumes("default").snapshots(volume).list()).isEmpty();
  }

  @Test
  void volumeDetachReallyDetachesFromRunningInstance() throws Exception {
    createVolume();
    createInstance();
    lxd.instances().start(instance).await();
    var attached =
        gateway.send(
            "POST",
            VOLUMES
                + "/custom/"
                + volume
                + "/attach?instance="
                + instance
                + "&device_name=data"
                + "&path=/srv/data",
            operator,
            null);
    assertThat(attached.status()).as(attached.toString()).isEqualTo(200);
    assertThat(lxd.instances().get(instance).devices()).containsKey("data");

    var detached =
        gateway.send(
            "POST", VOLUMES + "/custom/" + volume + "/detach?instance=" + instance, operator, null);

    assertThat(detached.status()).as(detached.toString()).isEqualTo(204);
    assertThat(lxd.instances().get(instance).devices()).doesNotContainKey("data");
    assertThat(lxd.instances().get(instance).expandedDevices()).doesNotContainKey("data");
    assertThat(lxd.storageVolumes("default").get(volume).usedBy()).isEmpty();
  }

  @Test
  void attachOfMissingVolumeIs404() throws Exception {
    createInstance();

    var reply =
        gateway.send(
            "POST", VOLUMES + "/custom/" + volume + "/attach?instance=" + instance, operator, null);

    assertThat(reply.status()).isEqualTo(404);
    assertThat(lxd.instances().get(instance).devices()).doesNotContainKey(volume);
  }

  @Test
  void attachToMissingInstanceIs404() throws Exception {
    createVolume();

    var reply =
        gateway.send(
            "POST", VOLUMES + "/custom/" + volume + "/attach?instance=" + instance, operator, null);

    assertThat(reply.status()).isEqualTo(404);
  }
}

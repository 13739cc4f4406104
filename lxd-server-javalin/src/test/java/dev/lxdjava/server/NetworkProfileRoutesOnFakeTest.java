package dev.lxdjava.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lxdjava.auth.Role;
import dev.lxdjava.testkit.fake.FakeLxd;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The network and profile routes on the fake LXD. */
class NetworkProfileRoutesOnFakeTest {
  private static final Map<String, String> NO_ADDRESSES =
      Map.of("ipv4.address", "none", "ipv6.address", "none");

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

  private static GatewayHarness.Reply createBridge(String name) throws Exception {
    return gateway.send(
        "POST", "/api/v1/networks", admin, Map.of("name", name, "config", NO_ADDRESSES));
  }

  private static void createInstance(String name) throws Exception {
    gateway.send(
        "POST",
        "/api/v1/instances?wait=true",
        admin,
        Map.of("name", name, "source", Map.of("alias", FakeLxd.IMAGE_ALIAS)));
  }

  @Test
  void networkCreateDefaultsToBridgeAndAnswers201() throws Exception {
    var created = createBridge("br1");

    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    assertThat(created.json().get("type").asText()).isEqualTo("bridge");
    assertThat(created.json().get("config").get("ipv4.address").asText()).isEqualTo("none");
  }

  @Test
  void networkRenameAnswersTheRenamedNetwork() throws Exception {
    createBridge("br1");

    var renamed = gateway.send("POST", "/api/v1/networks/br1/rename", admin, Map.of("name", "br2"));

    assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
    assertThat(renamed.json().get("name").asText()).isEqualTo("br2");
    assertThat(gateway.send("GET", "/api/v1/networks/br1", viewer, null).status()).isEqualTo(404);
  }

  @Test
  void networkNameOverFifteenCharactersIs400BeforeLxd() throws Exception {
    var reply = createBridge("a-very-long-bridge");

    assertThat(reply.status()).isEqualTo(400);
    assertThat(fake.requests().all()).isEmpty();
  }

  @Test
  void networkStateAndLeasesAreReadable() throws Exception {
    createBridge("br1");

    var state = gateway.send("GET", "/api/v1/networks/br1/state", viewer, null);
    var leases = gateway.send("GET", "/api/v1/networks/br1/leases", viewer, null);

    assertThat(state.status()).as(state.toString()).isEqualTo(200);
    assertThat(state.json().has("mtu")).isTrue();
    assertThat(leases.status()).as(leases.toString()).isEqualTo(200);
    assertThat(leases.json().get("total").asInt()).isZero();
  }

  @Test
  void networkPutReplacesConfigAndDeleteAnswers204() throws Exception {
    createBridge("br1");

    var replaced =
        gateway.send(
            "PUT",
            "/api/v1/networks/br1",
            admin,
            Map.of("description", "isolated", "config", NO_ADDRESSES));
    var deleted = gateway.send("DELETE", "/api/v1/networks/br1", admin, null);

    assertThat(replaced.status()).as(replaced.toString()).isEqualTo(200);
    assertThat(replaced.json().get("description").asText()).isEqualTo("isolated");
    assertThat(deleted.status()).isEqualTo(204);
  }

  @Test
  void nicAttachAndDetachChangeTheInstancesDevices() throws Exception {
    createBridge("br1");
    createInstance("c1");

    var attached =
        gateway.send(
            "POST",
            "/api/v1/networks/br1/attach?instance=c1&device_name=net1&nic_name=eth2",
            operator,
            null);
    var withNic = gateway.send("GET", "/api/v1/instances/c1", viewer, null);
    var detached = gateway.send("POST", "/api/v1/networks/br1/detach?instance=c1", operator, null);
    var withoutNic = gateway.send("GET", "/api/v1/instances/c1", viewer, null);

    assertThat(attached.status()).as(attached.toString()).isEqualTo(200);
    assertThat(withNic.json().get("devices").get("net1").get("name").asText()).isEqualTo("eth2");
    assertThat(detached.status()).isEqualTo(204);
    assertThat(withoutNic.json().get("devices").has("net1")).isFalse();
  }

  @Test
  void nicAttachToMissingNetworkIs404() throws Exception {
    createInstance("c1");

    var reply = gateway.send("POST", "/api/v1/networks/nosuch/attach?instance=c1", operator, null);

    assertThat(reply.status()).isEqualTo(404);
  }

  @Test
  void viewerMayNotAttach() throws Exception {
    var reply = gateway.send("POST", "/api/v1/networks/br1/attach?instance=c1", viewer, null);

    assertThat(reply.status()).isEqualTo(403);
    assertThat(fake.requests().all()).isEmpty();
  }

  @Test
  void operatorMayNotCreateNetworks() throws Exception {
    var reply =
        gateway.send("POST", "/api/v1/networks", operator, Map.of("name", "br1", "type", "bridge"));

    assertThat(reply.status()).isEqualTo(403);
  }

  @Test
  void profileLifecycle() throws Exception {
    var created =
        gateway.send(
            "POST",
            "/api/v1/profiles",
            admin,
            Map.of("name", "small", "config", Map.of("limits.memory", "256MiB")));
    var patched =
        gateway.send(
            "PATCH", "/api/v1/profiles/small", admin, Map.of("config", Map.of("limits.cpu", "1")));
    var renamed =
        gateway.send("POST", "/api/v1/profiles/small/rename", admin, Map.of("name", "tiny"));
    var deleted = gateway.send("DELETE", "/api/v1/profiles/tiny", admin, null);

    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    assertThat(patched.json().get("config").get("limits.memory").asText()).isEqualTo("256MiB");
    assertThat(patched.json().get("config").get("limits.cpu").asText()).isEqualTo("1");
    assertThat(renamed.json().get("name").asText()).isEqualTo("tiny");
    assertThat(deleted.status()).isEqualTo(204);
  }

  @Test
  void profilePutRemovesDevicesLeftOut() throws Exception {
    gateway.send(
        "POST",
        "/api/v1/profiles",
        admin,
        Map.of(
            "name",
            "withdisk",
            "devices",
            Map.of("tmp", Map.of("type", "disk", "source", "/tmp", "path", "/mnt/tmp"))));

    var replaced =
        gateway.send(
            "PUT", "/api/v1/profiles/withdisk", admin, Map.of("description", "no devices"));

    assertThat(replaced.status()).as(replaced.toString()).isEqualTo(200);
    assertThat(replaced.json().get("devices").size()).isZero();
  }

  @Test
  void profileListIsSortedByName() throws Exception {
    gateway.send("POST", "/api/v1/profiles", admin, Map.of("name", "zz"));
    gateway.send("POST", "/api/v1/profiles", admin, Map.of("name", "aa"));

    var listed = gateway.send("GET", "/api/v1/profiles?expand=false", viewer, null);

    assertThat(listed.json().get("items").toString()).isEqualTo("[\"aa\",\"default\",\"zz\"]");
  }

  @Test
  void profileDeviceNameWithSlashIs400BeforeLxd() throws Exception {
    var reply =
        gateway.send(
            "POST",
            "/api/v1/profiles",
            admin,
            Map.of("name", "bad", "devices", Map.of("a/b", Map.of("type", "none"))));

    assertThat(reply.status()).isEqualTo(400);
    assertThat(fake.requests().all()).isEmpty();
  }

  @Test
  void profileGetCarriesEtagForIfMatch() throws Exception {
    var current = gateway.send("GET", "/api/v1/profiles/default", viewer, null);

    var updated =
        gateway.send(
            "PATCH",
            "/api/v1/profiles/default",
            admin,
            Map.of("description", "Default LXD profile"),
            Map.of("If-Match", current.header("ETag")));

    assertThat(current.header("ETag")).isNotBlank();
    assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
  }

  @Test
  void sharedProfileHidesInstancesOfProjectsTheCallerCannotRead() throws Exception {
    gateway.send(
        "POST",
        "/api/v1/projects",
        admin,
        Map.of("name", "p1", "config", Map.of("features.profiles", "false")));
    createInstance("web1");
    gateway.createUser("p1-viewer", Role.NONE);
    gateway.send("PUT", "/api/v1/auth/users/p1-viewer/grants/p1", admin, Map.of("role", "viewer"));
    String p1Viewer = gateway.login("p1-viewer", "p1-viewer-password-123");

    var asAdmin = gateway.send("GET", "/api/v1/profiles/default?project=p1", admin, null);
    var asP1Viewer = gateway.send("GET", "/api/v1/profiles/default?project=p1", p1Viewer, null);
    var listed = gateway.send("GET", "/api/v1/profiles?project=p1", p1Viewer, null);

    assertThat(asAdmin.json().get("used_by").toString()).contains("/1.0/instances/web1");
    assertThat(asP1Viewer.status()).as(asP1Viewer.toString()).isEqualTo(200);
    assertThat(asP1Viewer.json().get("used_by").toString()).doesNotContain("web1");
    assertThat(listed.json().get("items").toString()).doesNotContain("web1");
  }
}

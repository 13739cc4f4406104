package dev.lxdjava.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lxdjava.auth.Role;
import dev.lxdjava.core.Lxd;
import dev.lxdjava.core.instance.InstanceCreate;
import dev.lxdjava.testkit.LocalLxd;
import dev.lxdjava.testkit.TestNames;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The network and profile routes over real LXD. */
@LocalLxd
class GatewayNetworksIT {
  private static final Map<String, String> NO_ADDRESSES =
      Map.of("ipv4.address", "none", "ipv6.address", "none");

  private static GatewayHarness gateway;
  private static String admin;
  private static String operator;
  private static String viewer;

  private final Lxd lxd;
  private final String network = TestNames.unique();
  private final String renamed = TestNames.unique();
  private final String instance = TestNames.unique();
  private final String profile = TestNames.unique();

  GatewayNetworksIT(Lxd lxd) {
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
    for (String name : new String[] {profile, renamed}) {
      if (lxd.profiles().find(name).isPresent()) {
        lxd.profiles().delete(name);
      }
    }
    for (String name : new String[] {network, renamed}) {
      if (lxd.networks().find(name).isPresent()) {
        lxd.networks().delete(name);
      }
    }
  }

  private GatewayHarness.Reply createBridge() throws Exception {
    return gateway.send(
        "POST", "/api/v1/networks", admin, Map.of("name", network, "config", NO_ADDRESSES));
  }

  @Test
  void networkLifecycle() throws Exception {
    var created = createBridge();
    var state = gateway.send("GET", "/api/v1/networks/" + network + "/state", viewer, null);
    var leases = gateway.send("GET", "/api/v1/networks/" + network + "/leases", viewer, null);
    var patched =
        gateway.send(
            "PATCH", "/api/v1/networks/" + network, admin, Map.of("description", "isolated"));
    var moved =
        gateway.send(
            "POST", "/api/v1/networks/" + network + "/rename", admin, Map.of("name", renamed));
    var deleted = gateway.send("DELETE", "/api/v1/networks/" + renamed, admin, null);

    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    assertThat(created.header("ETag")).isNotBlank();
    assertThat(state.status()).as(state.toString()).isEqualTo(200);
    assertThat(leases.status()).as(leases.toString()).isEqualTo(200);
    assertThat(patched.json().get("config").get("ipv4.address").asText()).isEqualTo("none");
    assertThat(moved.json().get("name").asText()).isEqualTo(renamed);
    assertThat(deleted.status()).isEqualTo(204);
    assertThat(lxd.networks().find(renamed)).isEmpty();
  }

  @Test
  void nicDetachReallyDetaches() throws Exception {
    createBridge();
    lxd.instances()
        .create(InstanceCreate.builder(instance).image(TestNames.IMAGE_ALIAS).build())
        .await();
    var attached =
        gateway.send(
            "POST",
            "/api/v1/networks/"
                + network
                + "/attach?instance="
                + instance
                + "&device_name=net1"
                + "&nic_name=eth2",
            operator,
            null);
    assertThat(attached.status()).as(attached.toString()).isEqualTo(200);
    assertThat(lxd.instances().get(instance).devices().get("net1"))
        .containsEntry("network", network)
        .containsEntry("name", "eth2");

    var detached =
        gateway.send(
            "POST", "/api/v1/networks/" + network + "/detach?instance=" + instance, operator, null);

    assertThat(detached.status()).as(detached.toString()).isEqualTo(204);
    assertThat(lxd.instances().get(instance).devices()).doesNotContainKey("net1");
  }

  @Test
  void nicAttachToMissingNetworkIs404() throws Exception {
    lxd.instances()
        .create(InstanceCreate.builder(instance).image(TestNames.IMAGE_ALIAS).build())
        .await();

    var reply =
        gateway.send(
            "POST", "/api/v1/networks/" + network + "/attach?instance=" + instance, operator, null);

    assertThat(reply.status()).isEqualTo(404);
  }

  @Test
  void profileLifecycle() throws Exception {
    var created =
        gateway.send(
            "POST",
            "/api/v1/profiles",
            admin,
            Map.of("name", profile, "config", Map.of("limits.memory", "256MiB")));
    var replaced =
        gateway.send(
            "PUT",
            "/api/v1/profiles/" + profile,
            admin,
            Map.of("description", "small", "config", Map.of("limits.memory", "512MiB")),
            Map.of("If-Match", created.header("ETag")));
    var moved =
        gateway.send(
            "POST", "/api/v1/profiles/" + profile + "/rename", admin, Map.of("name", renamed));
    var deleted = gateway.send("DELETE", "/api/v1/profiles/" + renamed, admin, null);

    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    assertThat(replaced.status()).as(replaced.toString()).isEqualTo(200);
    assertThat(replaced.json().get("config").get("limits.memory").asText()).isEqualTo("512MiB");
    assertThat(moved.json().get("name").asText()).isEqualTo(renamed);
    assertThat(deleted.status()).isEqualTo(204);
    assertThat(lxd.profiles().find(renamed)).isEmpty();
  }

  @Test
  void profileWithNicOnMissingNetworkIs400() throws Exception {
    var reply =
        gateway.send(
            "POST",
            "/api/v1/profiles",
            admin,
            Map.of(
                "name",
                profile,
                "devices",
                Map.of("eth0", Map.of("type", "nic", "network", network, "name", "eth0"))));

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().get("detail").asText()).contains(network);
    assertThat(lxd.profiles().find(profile)).isEmpty();
  }

  @Test
  void staleEtagIs412() throws Exception {
    createBridge();

    var reply =
        gateway.send(
            "PATCH",
            "/api/v1/networks/" + network,
            admin,
            Map.of("description", "x"),
            Map.of("If-Match", "\"0000\""));

    assertThat(reply.status()).as(reply.toString()).isEqualTo(412);
  }
}

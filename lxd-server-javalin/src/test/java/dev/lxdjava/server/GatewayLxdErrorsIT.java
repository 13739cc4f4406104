package dev.lxdjava.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lxdjava.core.Lxd;
import dev.lxdjava.testkit.LocalLxd;
import dev.lxdjava.testkit.TestNames;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Client mistakes that LXD 5.0.2 reports with {@code error_code} 500 come back as 4xx problems, not
 * as a 502 LXD failure.
 */
@LocalLxd
class GatewayLxdErrorsIT {
  private static GatewayHarness gateway;
  private static String admin;

  private final Lxd lxd;
  private final String name = TestNames.unique();

  GatewayLxdErrorsIT(Lxd lxd) {
    this.lxd = lxd;
  }

  @BeforeAll
  static void startGateway() throws Exception {
    gateway = GatewayHarness.start();
    admin = gateway.login(GatewayHarness.ADMIN, GatewayHarness.ADMIN_PASSWORD);
  }

  @AfterAll
  static void stopGateway() throws Exception {
    gateway.close();
  }

  @AfterEach
  void deleteCreated() {
    TestCleanup.deleteInstance(lxd, name);
    if (lxd.networks().find(name).isPresent()) {
      lxd.networks().delete(name);
    }
  }

  private void createInstance() throws Exception {
    var created =
        gateway.send(
            "POST",
            "/api/v1/instances?wait=true",
            admin,
            Map.of(
                "name", name, "source", Map.of("type", "image", "alias", TestNames.IMAGE_ALIAS)));
    assertThat(created.status()).as(created.toString()).isEqualTo(200);
  }

  private GatewayHarness.Reply importBackup(byte[] body) throws Exception {
    return gateway.send(
        HttpRequest.newBuilder(gateway.uri("/api/v1/instances/import?name=" + name))
            .header("Authorization", "Bearer " + admin)
            .header("Content-Type", "application/octet-stream")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build());
  }

  @Test
  void invalidConfigValueIsBadRequest() throws Exception {
    createInstance();

    var reply =
        gateway.send(
            "PATCH",
            "/api/v1/instances/" + name,
            admin,
            Map.of("config", Map.of("limits.memory", "lots")));

    assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
    assertThat(reply.json().get("detail").asText()).contains("Invalid value: lots");
  }

  @Test
  void invalidNetworkAddressIsBadRequest() throws Exception {
    var reply =
        gateway.send(
            "POST",
            "/api/v1/networks",
            admin,
            Map.of(
                "name", name, "config", Map.of("ipv4.address", "banana", "ipv6.address", "none")));

    assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
    assertThat(reply.json().get("detail").asText()).contains("invalid CIDR address");
    assertThat(lxd.networks().find(name)).isEmpty();
  }

  @Test
  void nonEmptyDirectoryDeleteIsConflict() throws Exception {
    createInstance();

    var reply =
        gateway.send("DELETE", "/api/v1/instances/" + name + "/files?path=%2Fetc", admin, null);

    assertThat(reply.status()).as(reply.toString()).isEqualTo(409);
    assertThat(reply.json().get("detail").asText()).contains("directory not empty");
  }

  @Test
  void rootDirectoryDeleteIsRejected() throws Exception {
    createInstance();

    var reply =
        gateway.send("DELETE", "/api/v1/instances/" + name + "/files?path=%2F", admin, null);

    assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
    assertThat(reply.json().get("parameter").asText()).isEqualTo("path");
  }

  @Test
  void emptyImportIsRejected() throws Exception {
    var reply = importBackup(new byte[0]);

    assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
    assertThat(reply.json().get("detail").asText()).startsWith("request body is empty");
  }

  @Test
  void importOfNonTarballIsBadRequest() throws Exception {
    var reply = importBackup("garbage".getBytes(StandardCharsets.UTF_8));

    assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
    assertThat(reply.json().get("detail").asText()).contains("Unsupported compression");
    assertThat(lxd.instances().find(name)).isEmpty();
  }
}

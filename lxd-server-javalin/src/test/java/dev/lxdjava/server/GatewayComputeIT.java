package dev.lxdjava.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lxdjava.auth.Role;
import dev.lxdjava.core.Lxd;
import dev.lxdjava.core.instance.InstanceCreate;
import dev.lxdjava.core.instance.InstanceSource;
import dev.lxdjava.core.instance.InstanceState;
import dev.lxdjava.testkit.LocalLxd;
import dev.lxdjava.testkit.TestNames;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The instance update, log, snapshot, backup and file routes over real LXD. Each test works on a
 * fresh stopped container of its own.
 */
@LocalLxd
class GatewayComputeIT {
  private static GatewayHarness gateway;
  private static String adminToken;
  private static String operatorToken;
  private static String viewerToken;

  private final Lxd lxd;
  private final String name = TestNames.unique();
  private final String renamed = TestNames.unique();
  private final String base;
  private final HttpClient http = HttpClient.newHttpClient();

  GatewayComputeIT(Lxd lxd) {
    this.lxd = lxd;
    this.base = "/api/v1/instances/" + name;
  }

  @BeforeAll
  static void startGateway() throws Exception {
    gateway = GatewayHarness.start();
    adminToken = gateway.login(GatewayHarness.ADMIN, GatewayHarness.ADMIN_PASSWORD);
    operatorToken = gateway.tokenFor("operator1", Role.OPERATOR);
    viewerToken = gateway.tokenFor("viewer1", Role.VIEWER);
  }

  @AfterAll
  static void stopGateway() throws Exception {
    gateway.close();
  }

  @BeforeEach
  void createInstance() {
    lxd.instances()
        .create(
            InstanceCreate.builder(name)
                .source(InstanceSource.imageAlias(TestNames.IMAGE_ALIAS))
                .build())
        .await();
  }

  @AfterEach
  void deleteInstances() {
    for (String instance : List.of(name, renamed)) {
      if (lxd.instances().find(instance).isPresent()) {
        InstanceState state = lxd.instances().state(instance);
        if (!state.status().equals("Stopped")) {
          lxd.instances().stop(instance, true).await();
        }
        lxd.instances().delete(instance).await();
      }
    }
  }

  private void start() {
    lxd.instances().start(name).await();
  }

  private static GatewayHarness.Reply operator(String method, String path, Object body)
      throws Exception {
    return gateway.send(method, path, operatorToken, body);
  }

  private static String query(String path) {
    return URLEncoder.encode(path, StandardCharsets.UTF_8).replace("+", "%20");
  }

  @Test
  void patchAnswers200AndPutHonoursEtag() throws Exception {
    String first = gateway.send("GET", base, viewerToken, null).header("ETag");

    var patched =
        gateway.send("PATCH", base, adminToken, Map.of("config", Map.of("user.team", "web")));
    Map<String, Object> update = new HashMap<>();
    update.put("config", Map.of("user.team", "ops"));
    update.put("profiles", List.of("default"));
    var stale =
        gateway.send("PUT", base + "?wait=true", adminToken, update, Map.of("If-Match", first));
    var fresh =
        gateway.send(
            "PUT",
            base + "?wait=true",
            adminToken,
            update,
            Map.of("If-Match", patched.header("ETag")));

    assertThat(patched.status()).as(patched.toString()).isEqualTo(200);
    assertThat(patched.json().at("/config/user.team").asText()).isEqualTo("web");
    assertThat(stale.status()).as(stale.toString()).isEqualTo(412);
    assertThat(fresh.status()).as(fresh.toString()).isEqualTo(200);
    assertThat(lxd.instances().get(name).config()).containsEntry("user.team", "ops");
  }

  @Test
  void renameMovesStoppedInstance() throws Exception {
    var reply =
        gateway.send("POST", base + "/rename?wait=true", adminToken, Map.of("name", renamed));

    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    assertThat(lxd.instances().find(renamed)).isPresent();
    assertThat(lxd.instances().find(name)).isEmpty();
  }

  @Test
  void logsListAndReadAsText() throws Exception {
    start();

    var list = gateway.send("GET", base + "/logs", viewerToken, null);
    var log = gateway.send("GET", base + "/logs/lxc.log", viewerToken, null);
    var protectedLog = operator("DELETE", base + "/logs/lxc.log", null);

    assertThat(list.status()).as(list.toString()).isEqualTo(200);
    assertThat(list.json().get("items").toString()).contains("lxc.log");
    assertThat(log.status()).isEqualTo(200);
    assertThat(log.header("Content-Type")).startsWith("text/plain");
    assertThat(protectedLog.status()).isBetween(400, 499);
  }

  @Test
  void consoleLogReadsAndClears() throws Exception {
    start();

    var console = gateway.send("GET", base + "/console/log", viewerToken, null);
    var cleared = operator("DELETE", base + "/console/log", null);

    assertThat(console.status()).as(console.toString()).isEqualTo(200);
    assertThat(console.header("Content-Type")).startsWith("text/plain");
    assertThat(cleared.status()).as(cleared.toString()).isEqualTo(204);
  }

  @Test
  void snapshotRenameRenames() throws Exception {
    operator("POST", base + "/snapshots?wait=true", Map.of("name", "snap0"));

    var reply =
        operator("POST", base + "/snapshots/snap0/rename?wait=true", Map.of("name", "snap1"));
    var list = gateway.send("GET", base + "/snapshots", viewerToken, null);
    var old = gateway.send("GET", base + "/snapshots/snap0", viewerToken, null);

    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    assertThat(list.json().get("total").asInt()).isEqualTo(1);
    assertThat(list.json().at("/items/0/name").asText()).isEqualTo("snap1");
    assertThat(old.status()).isEqualTo(404);
  }

  @Test
  void snapshotExpiryRestoreAndDeleteWork() throws Exception {
    var created =
        operator(
            "POST",
            base + "/snapshots?wait=true",
            Map.of("name", "snap0", "expires_at", "2030-01-31T00:00:00Z"));
    String etag = gateway.send("GET", base + "/snapshots/snap0", viewerToken, null).header("ETag");
    Map<String, Object> never = new HashMap<>();
    never.put("expires_at", null);

    var kept =
        gateway.send(
            "PUT",
            base + "/snapshots/snap0?wait=true",
            operatorToken,
            never,
            Map.of("If-Match", etag));
    var restored = operator("POST", base + "/snapshots/snap0/restore?wait=true", null);
    var deleted = operator("DELETE", base + "/snapshots/snap0?wait=true", null);

    assertThat(created.status()).as(created.toString()).isEqualTo(200);
    assertThat(kept.status()).as(kept.toString()).isEqualTo(200);
    assertThat(restored.status()).as(restored.toString()).isEqualTo(200);
    assertThat(deleted.status()).as(deleted.toString()).isEqualTo(200);
    assertThat(lxd.snapshots().list(name)).isEmpty();
  }

  @Test
  void snapshotNameWithDotsNeverReachesLxd() throws Exception {
    var reply = operator("DELETE", base + "/snapshots/%2e%2e?wait=true", null);

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().get("detail").asText()).contains("snapshot name");
    assertThat(lxd.instances().find(name)).isPresent();
  }

  @Test
  void backupLifecycleAndExport() throws Exception {
    var created =
        operator("POST", base + "/backups?wait=true", Map.of("name", "b0", "instance_only", true));
    var renamed = operator("POST", base + "/backups/b0/rename?wait=true", Map.of("name", "b1"));
    var list = gateway.send("GET", base + "/backups", viewerToken, null);
    HttpResponse<byte[]> export =
        http.send(
            HttpRequest.newBuilder(gateway.uri(base + "/backups/b1/export"))
                .header("Authorization", "Bearer " + operatorToken)
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
    var deleted = operator("DELETE", base + "/backups/b1?wait=true", null);

    assertThat(created.status()).as(created.toString()).isEqualTo(200);
    assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
    assertThat(list.json().at("/items/0/name").asText()).isEqualTo("b1");
    assertThat(export.statusCode()).isEqualTo(200);
    assertThat(export.body().length).isGreaterThan(1000);
    assertThat(export.headers().firstValue("Content-Disposition").orElseThrow())
        .contains("filename=\"" + name + "-b1.tar.gz\"");
    assertThat(deleted.status()).isEqualTo(200);
    assertThat(lxd.backups().list(name)).isEmpty();
  }

  @Test
  void awkwardFileNameRoundTrips() throws Exception {
    String path = "/tmp/a+b cé?.txt";
    byte[] content = {'x', 0, 'y', 0, (byte) 0xfe};
    String files = base + "/files?path=" + query(path);
    start();

    HttpResponse<String> pushed =
        http.send(
            HttpRequest.newBuilder(gateway.uri(files + "&mode=0640&uid=1000&gid=1000"))
                .header("Authorization", "Bearer " + operatorToken)
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(content))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    HttpResponse<byte[]> pulled =
        http.send(
            HttpRequest.newBuilder(gateway.uri(files))
                .header("Authorization", "Bearer " + operatorToken)
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
    var directory = operator("GET", base + "/files?path=%2Ftmp", null);
    var deleted = operator("DELETE", files, null);
    var gone = operator("GET", files, null);

    assertThat(pushed.statusCode()).as(pushed.body()).isEqualTo(201);
    assertThat(pulled.body()).isEqualTo(content);
    assertThat(pulled.headers().firstValue("X-File-Mode")).hasValue("0640");
    assertThat(pulled.headers().firstValue("X-File-Uid")).hasValue("1000");
    assertThat(pulled.headers().firstValue("X-File-Gid")).hasValue("1000");
    assertThat(directory.json().get("entries").toString()).contains("a+b cé?.txt");
    assertThat(deleted.status()).as(deleted.toString()).isEqualTo(204);
    assertThat(gone.status()).isEqualTo(404);
  }
}

package dev.lxdjava.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lxdjava.auth.Role;
import dev.lxdjava.testkit.fake.FakeLxd;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The instance update, snapshot, backup and file routes on the in-process fake LXD. {@code
 * GatewayComputeIT} runs them against real LXD.
 */
class GatewayComputeOnFakeTest {
  private static final String INSTANCE = "/api/v1/instances/web1";

  private static GatewayHarness gateway;
  private static FakeLxd fake;
  private static String adminToken;
  private static String operatorToken;
  private static String viewerToken;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void startGateway() throws Exception {
    gateway = GatewayHarness.startOnFake();
    fake = gateway.application().fakeLxd().orElseThrow();
    adminToken = gateway.login(GatewayHarness.ADMIN, GatewayHarness.ADMIN_PASSWORD);
    operatorToken = gateway.tokenFor("operator1", Role.OPERATOR);
    viewerToken = gateway.tokenFor("viewer1", Role.VIEWER);
  }

  @AfterAll
  static void stopGateway() throws Exception {
    gateway.close();
  }

  @BeforeEach
  void freshDaemonWithInstance() throws Exception {
    fake.reset();
    fake.faults().clear();
    Map<String, Object> body =
        Map.of("name", "web1", "source", Map.of("type", "image", "alias", FakeLxd.IMAGE_ALIAS));
    var created = gateway.send("POST", "/api/v1/instances?wait=true", adminToken, body);
    assertThat(created.status()).as(created.toString()).isEqualTo(200);
    fake.requests().clear();
  }

  private static GatewayHarness.Reply send(String method, String path, Object body)
      throws Exception {
    return gateway.send(method, path, operatorToken, body);
  }

  private HttpResponse<byte[]> upload(String path, byte[] content) throws Exception {
    return http.send(
        HttpRequest.newBuilder(gateway.uri(path))
            .header("Authorization", "Bearer " + operatorToken)
            .header("Content-Type", "application/octet-stream")
            .POST(HttpRequest.BodyPublishers.ofByteArray(content))
            .build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  private HttpResponse<byte[]> download(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(gateway.uri(path))
            .header("Authorization", "Bearer " + operatorToken)
            .build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  @Test
  void patchAnswers200WithInstanceAndNewEtag() throws Exception {
    var before = gateway.send("GET", INSTANCE, viewerToken, null);

    var patched =
        gateway.send("PATCH", INSTANCE, adminToken, Map.of("config", Map.of("user.a", "1")));

    assertThat(patched.status()).as(patched.toString()).isEqualTo(200);
    assertThat(patched.json().at("/config/user.a").asText()).isEqualTo("1");
    assertThat(patched.header("ETag")).isNotBlank().isNotEqualTo(before.header("ETag"));
  }

  @Test
  void putWithStaleEtagGives412() throws Exception {
    String stale = gateway.send("GET", INSTANCE, viewerToken, null).header("ETag");
    gateway.send("PATCH", INSTANCE, adminToken, Map.of("config", Map.of("user.a", "1")));
    Map<String, Object> update = new HashMap<>();
    update.put("config", Map.of("user.b", "2"));
    update.put("profiles", java.util.List.of("default"));

    var reply =
        gateway.send("PUT", INSTANCE + "?wait=true", adminToken, update, Map.of("If-Match", stale));

    assertThat(reply.status()).as(reply.toString()).isEqualTo(412);
  }

  @Test
  void operatorCannotChangeConfiguration() throws Exception {
    var reply = send("PATCH", INSTANCE, Map.of("config", Map.of("security.privileged", "true")));

    assertThat(reply.status()).isEqualTo(403);
    assertThat(fake.requests().all()).isEmpty();
  }

  @Test
  void snapshotRenameRenames() throws Exception {
    send("POST", INSTANCE + "/snapshots?wait=true", Map.of("name", "snap0"));

    var renamed =
        send("POST", INSTANCE + "/snapshots/snap0/rename?wait=true", Map.of("name", "snap1"));
    var list = gateway.send("GET", INSTANCE + "/snapshots", viewerToken, null);

    assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
    assertThat(list.json().get("total").asInt()).isEqualTo(1);
    assertThat(list.json().at("/items/0/name").asText()).isEqualTo("snap1");
  }

  @Test
  void snapshotsListSortedByName() throws Exception {
    for (String name : new String[] {"b", "c", "a"}) {
      send("POST", INSTANCE + "/snapshots?wait=true", Map.of("name", name));
    }

    var page = gateway.send("GET", INSTANCE + "/snapshots?limit=2&offset=1", viewerToken, null);

    assertThat(page.json().get("total").asInt()).isEqualTo(3);
    assertThat(page.json().at("/items/0/name").asText()).isEqualTo("b");
    assertThat(page.json().at("/items/1/name").asText()).isEqualTo("c");
  }

  @Test
  void snapshotExpiryChangesWithEtag() throws Exception {
    send("POST", INSTANCE + "/snapshots?wait=true", Map.of("name", "snap0"));
    String etag =
        gateway.send("GET", INSTANCE + "/snapshots/snap0", viewerToken, null).header("ETag");

    var updated =
        gateway.send(
            "PUT",
            INSTANCE + "/snapshots/snap0?wait=true",
            operatorToken,
            Map.of("expires_at", "2030-01-31T00:00:00Z"),
            Map.of("If-Match", etag));
    var after = gateway.send("GET", INSTANCE + "/snapshots/snap0", viewerToken, null);

    assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
    assertThat(after.json().get("expires_at").asText()).startsWith("2030-01-31T00:00");
  }

  @Test
  void snapshotNameWithDotsIsRejectedBeforeLxd() throws Exception {
    var reply = send("DELETE", INSTANCE + "/snapshots/%2e%2e?wait=true", null);

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().get("detail").asText()).contains("snapshot name");
    assertThat(fake.requests().all()).isEmpty();
  }

  @Test
  void backupExportsAsSafeDownload() throws Exception {
    send("POST", INSTANCE + "/backups?wait=true", Map.of("name", "b0"));

    var export = download(INSTANCE + "/backups/b0/export");

    assertThat(export.statusCode()).isEqualTo(200);
    assertThat(export.body()).isNotEmpty();
    assertThat(export.headers().firstValue("Content-Disposition").orElseThrow())
        .startsWith("attachment; filename=\"web1-b0.tar.gz\"");
  }

  @Test
  void backupExportAnswersHeadWithoutBody() throws Exception {
    send("POST", INSTANCE + "/backups?wait=true", Map.of("name", "b0"));

    var head =
        http.send(
            HttpRequest.newBuilder(gateway.uri(INSTANCE + "/backups/b0/export"))
                .header("Authorization", "Bearer " + operatorToken)
                .method("HEAD", HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());

    assertThat(head.statusCode()).isEqualTo(200);
    assertThat(head.headers().firstValue("Content-Disposition")).isPresent();
    assertThat(head.body()).isEmpty();
  }

  @Test
  void missingBackupExportIsProblemNotDownload() throws Exception {
    var export = download(INSTANCE + "/backups/nope/export");

    assertThat(export.statusCode()).isEqualTo(404);
    assertThat(export.headers().firstValue("Content-Disposition")).isEmpty();
  }

  @Test
  void backupRenameAndDeleteWork() throws Exception {
    send("POST", INSTANCE + "/backups?wait=true", Map.of("name", "b0"));

    var renamed = send("POST", INSTANCE + "/backups/b0/rename?wait=true", Map.of("name", "b1"));
    var got = gateway.send("GET", INSTANCE + "/backups/b1", viewerToken, null);
    var deleted = send("DELETE", INSTANCE + "/backups/b1?wait=true", null);

    assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
    assertThat(got.json().get("name").asText()).isEqualTo("b1");
    assertThat(deleted.status()).isEqualTo(200);
  }

  @Test
  void filePushPullAndDeleteRoundTrip() throws Exception {
    byte[] content = {0, 1, 2, 'a', 0, (byte) 0xff};
    String path = INSTANCE + "/files?path=%2Ftmp%2Fa%2Bb%20c%C3%A9%3F.bin";

    var pushed = upload(path + "&mode=0640&uid=1000&gid=1000", content);
    var pulled = download(path);
    var deleted = send("DELETE", path, null);
    var gone = download(path);

    assertThat(pushed.statusCode()).isEqualTo(201);
    assertThat(pulled.body()).isEqualTo(content);
    assertThat(pulled.headers().firstValue("X-File-Mode")).hasValue("0640");
    assertThat(pulled.headers().firstValue("X-File-Uid")).hasValue("1000");
    assertThat(deleted.status()).isEqualTo(204);
    assertThat(gone.statusCode()).isEqualTo(404);
  }

  @Test
  void relativeFilePathIsRejectedBeforeLxd() throws Exception {
    var reply = download(INSTANCE + "/files?path=etc%2Fpasswd");

    assertThat(reply.statusCode()).isEqualTo(400);
    assertThat(new String(reply.body())).contains("must be absolute");
    assertThat(fake.requests().all()).isEmpty();
  }

  @Test
  void badFileModeIsRejected() throws Exception {
    var reply = upload(INSTANCE + "/files?path=%2Ftmp%2Fx&mode=4755", new byte[] {1});

    assertThat(reply.statusCode()).isEqualTo(400);
    assertThat(new String(reply.body())).contains("'mode'");
  }

  @Test
  void viewerCannotReadFiles() throws Exception {
    var reply = gateway.send("GET", INSTANCE + "/files?path=%2Fetc%2Fshadow", viewerToken, null);

    assertThat(reply.status()).isEqualTo(403);
  }
}

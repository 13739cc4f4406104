package dev.lxdjava.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lxdjava.auth.Role;
import dev.lxdjava.testkit.fake.FakeLxd;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The project, image and image alias routes on the fake LXD. */
class ProjectImageRoutesOnFakeTest {
  private static GatewayHarness gateway;
  private static FakeLxd fake;
  private static String admin;
  private static String viewer;

  @BeforeAll
  static void startGateway() throws Exception {
    gateway = GatewayHarness.startOnFake();
    fake = gateway.application().fakeLxd().orElseThrow();
    admin = gateway.login(GatewayHarness.ADMIN, GatewayHarness.ADMIN_PASSWORD);
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

  private static String fingerprint() throws Exception {
    return gateway
        .send("GET", "/api/v1/images/aliases/" + FakeLxd.IMAGE_ALIAS, viewer, null)
        .json()
        .get("target")
        .asText();
  }

  private static byte[] download(String path) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(gateway.uri(path))
            .header("Authorization", "Bearer " + admin)
            .build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray()).body();
  }

  @Test
  void projectLifecycle() throws Exception {
    var created =
        gateway.send(
            "POST",
            "/api/v1/projects",
            admin,
            Map.of("name", "p1", "config", Map.of("features.images", "false")));
    var patched =
        gateway.send("PATCH", "/api/v1/projects/p1", admin, Map.of("description", "staging"));
    var state = gateway.send("GET", "/api/v1/projects/p1/state", viewer, null);
    var renamed =
        gateway.send("POST", "/api/v1/projects/p1/rename?wait=true", admin, Map.of("name", "p2"));
    var deleted = gateway.send("DELETE", "/api/v1/projects/p2", admin, null);

    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    assertThat(patched.json().get("description").asText()).isEqualTo("staging");
    assertThat(state.status()).as(state.toString()).isEqualTo(200);
    assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
    assertThat(deleted.status()).isEqualTo(204);
  }

  @Test
  void projectListShowsOnlyGrantedProjects() throws Exception {
    gateway.send("POST", "/api/v1/projects", admin, Map.of("name", "p1"));
    gateway.send("POST", "/api/v1/projects", admin, Map.of("name", "p2"));
    String scoped = gateway.tokenFor("scoped1", Role.NONE);
    gateway.send("PUT", "/api/v1/auth/users/scoped1/grants/p2", admin, Map.of("role", "viewer"));

    var listed = gateway.send("GET", "/api/v1/projects?expand=false", scoped, null);
    var other = gateway.send("GET", "/api/v1/projects/p1", scoped, null);

    assertThat(listed.json().get("items").toString()).isEqualTo("[\"p2\"]");
    assertThat(other.status()).isEqualTo(403);
  }

  @Test
  void projectNameWithEncodedSlashNeverReachesLxd() throws Exception {
    var reply = gateway.send("GET", "/api/v1/projects/a%2Fb", admin, null);

    assertThat(reply.status()).isEqualTo(400);
    assertThat(fake.requests().all()).isEmpty();
  }

  @Test
  void imageListAndGetUseLxdsFieldNames() throws Exception {
    String fingerprint = fingerprint();

    var listed = gateway.send("GET", "/api/v1/images?expand=false", viewer, null);
    var image = gateway.send("GET", "/api/v1/images/" + fingerprint, viewer, null);

    assertThat(listed.json().get("items").get(0).asText()).isEqualTo(fingerprint);
    assertThat(image.json().has("public")).isTrue();
    assertThat(image.header("ETag")).isNotBlank();
  }

  @Test
  void imagePatchChangesProperties() throws Exception {
    String fingerprint = fingerprint();

    var patched =
        gateway.send(
            "PATCH",
            "/api/v1/images/" + fingerprint,
            admin,
            Map.of("properties", Map.of("os", "busybox-test")));

    assertThat(patched.status()).as(patched.toString()).isEqualTo(200);
    assertThat(patched.json().get("properties").get("os").asText()).isEqualTo("busybox-test");
  }

  @Test
  void nonHexFingerprintIs400BeforeLxd() throws Exception {
    var reply = gateway.send("GET", "/api/v1/images/xyz", viewer, null);

    assertThat(reply.status()).isEqualTo(400);
    assertThat(fake.requests().all()).isEmpty();
  }

  @Test
  void aliasLifecycle() throws Exception {
    String fingerprint = fingerprint();

    var created =
        gateway.send(
            "POST",
            "/api/v1/images/aliases",
            admin,
            Map.of("name", "other", "target", fingerprint));
    var renamed =
        gateway.send("POST", "/api/v1/images/aliases/other/rename", admin, Map.of("name", "two"));
    var deleted = gateway.send("DELETE", "/api/v1/images/aliases/two", admin, null);

    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    assertThat(created.json().get("target").asText()).isEqualTo(fingerprint);
    assertThat(renamed.json().get("name").asText()).isEqualTo("two");
    assertThat(deleted.status()).isEqualTo(204);
  }

  @Test
  void aliasForMissingImageIs404() throws Exception {
    var reply =
        gateway.send(
            "POST",
            "/api/v1/images/aliases",
            admin,
            Map.of("name", "other", "target", "0".repeat(64)));

    assertThat(reply.status()).isEqualTo(404);
  }

  @Test
  void exportIsADownloadWithSafeFileName() throws Exception {
    String fingerprint = fingerprint();

    var reply = gateway.send("GET", "/api/v1/images/" + fingerprint + "/export", viewer, null);

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.header("Content-Disposition")).startsWith("attachment; filename=\"");
    assertThat(reply.header("Content-Type")).isEqualTo("application/octet-stream");
  }

  @Test
  void exportOfMissingImageIsAProblemNotADownload() throws Exception {
    var reply = gateway.send("GET", "/api/v1/images/" + "0".repeat(64) + "/export", viewer, null);

    assertThat(reply.status()).isEqualTo(404);
    assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
  }

  @Test
  void uploadOfDuplicateImageIsRejected() throws Exception {
    String fingerprint = fingerprint();
    byte[] tarball = download("/api/v1/images/" + fingerprint + "/export");

    var reply =
        gateway.send(
            HttpRequest.newBuilder(gateway.uri("/api/v1/images/upload?wait=true"))
                .header("Authorization", "Bearer " + admin)
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(tarball))
                .build());

    assertThat(reply.status()).as(reply.toString()).isBetween(400, 499);
  }

  @Test
  void publishMakesAnImageFromAnInstance() throws Exception {
    gateway.send(
        "POST",
        "/api/v1/instances?wait=true",
        admin,
        Map.of("name", "c1", "source", Map.of("alias", FakeLxd.IMAGE_ALIAS)));

    var published =
        gateway.send(
            "POST",
            "/api/v1/images/publish?wait=true",
            admin,
            Map.of("instance", "c1", "aliases", java.util.List.of("from-c1")));
    var alias = gateway.send("GET", "/api/v1/images/aliases/from-c1", viewer, null);

    assertThat(published.status()).as(published.toString()).isEqualTo(200);
    assertThat(alias.status()).as(alias.toString()).isEqualTo(200);
  }

  @Test
  void copyWithoutSourceIs400() throws Exception {
    var reply =
        gateway.send("POST", "/api/v1/images", admin, Map.of("aliases", java.util.List.of()));

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().get("detail").asText()).contains("'source'");
  }

  @Test
  void viewerMayNotDeleteImages() throws Exception {
    var reply = gateway.send("DELETE", "/api/v1/images/" + fingerprint(), viewer, null);

    assertThat(reply.status()).isEqualTo(403);
  }
}

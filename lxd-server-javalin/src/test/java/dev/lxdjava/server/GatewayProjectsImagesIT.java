package dev.lxdjava.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lxdjava.auth.Role;
import dev.lxdjava.core.Lxd;
import dev.lxdjava.core.instance.InstanceCreate;
import dev.lxdjava.testkit.ImageTarballs;
import dev.lxdjava.testkit.LocalLxd;
import dev.lxdjava.testkit.TestNames;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The project, image and image alias routes over real LXD. */
@LocalLxd
class GatewayProjectsImagesIT {
  private static GatewayHarness gateway;
  private static String admin;
  private static String viewer;

  private final Lxd lxd;
  private final String project = TestNames.unique();
  private final String renamed = TestNames.unique();
  private final String alias = TestNames.unique();
  private final String instance = TestNames.unique();
  private final List<String> images = new ArrayList<>();

  @TempDir Path temp;

  GatewayProjectsImagesIT(Lxd lxd) {
    this.lxd = lxd;
  }

  @BeforeAll
  static void startGateway() throws Exception {
    gateway = GatewayHarness.start();
    admin = gateway.login(GatewayHarness.ADMIN, GatewayHarness.ADMIN_PASSWORD);
    viewer = gateway.tokenFor("viewer1", Role.VIEWER);
  }

  @AfterAll
  static void stopGateway() throws Exception {
    gateway.close();
  }

  @AfterEach
  void deleteWhatTheTestMade() {
    TestCleanup.deleteInstance(lxd, instance);
    for (String name : new String[] {alias, renamed}) {
      if (lxd.images().aliases().find(name).isPresent()) {
        images.add(lxd.images().aliases().get(name).target());
        lxd.images().aliases().delete(name);
      }
    }
    for (String fingerprint : images) {
      if (lxd.images().find(fingerprint).isPresent()) {
        lxd.images().delete(fingerprint).await();
      }
    }
    for (String name : new String[] {project, renamed}) {
      if (lxd.projects().find(name).isPresent()) {
        lxd.projects().delete(name);
      }
    }
  }

  private String busybox() {
    return lxd.images().aliases().get(TestNames.IMAGE_ALIAS).target();
  }

  private Path download(String path, Path target) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(gateway.uri(path))
            .header("Authorization", "Bearer " + admin)
            .build();
    HttpResponse<Path> response =
        HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofFile(target));
    assertThat(response.statusCode()).isEqualTo(200);
    return response.body();
  }

  @Test
  void projectLifecycle() throws Exception {
    var created =
        gateway.send(
            "POST",
            "/api/v1/projects",
            admin,
            Map.of("name", project, "config", Map.of("features.images", "false")));
    var patched =
        gateway.send(
            "PATCH",
            "/api/v1/projects/" + project,
            admin,
            Map.of("config", Map.of("limits.instances", "3")));
    var state = gateway.send("GET", "/api/v1/projects/" + project + "/state", viewer, null);
    var moved =
        gateway.send(
            "POST",
            "/api/v1/projects/" + project + "/rename?wait=true",
            admin,
            Map.of("name", renamed));
    var deleted = gateway.send("DELETE", "/api/v1/projects/" + renamed, admin, null);

    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    assertThat(patched.json().get("config").get("features.images").asText()).isEqualTo("false");
    assertThat(state.json().get("resources").get("instances").get("limit").asInt()).isEqualTo(3);
    assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
    assertThat(deleted.status()).isEqualTo(204);
    assertThat(lxd.projects().find(renamed)).isEmpty();
  }

  @Test
  void deletingDefaultProjectIs400NotLxds403() throws Exception {
    var reply = gateway.send("DELETE", "/api/v1/projects/default", admin, null);

    assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
    assertThat(lxd.projects().find("default")).isPresent();
  }

  @Test
  void aliasLifecycle() throws Exception {
    var created =
        gateway.send(
            "POST",
            "/api/v1/images/aliases",
            admin,
            Map.of("name", alias, "target", busybox(), "description", "copy"));
    var moved =
        gateway.send(
            "POST", "/api/v1/images/aliases/" + alias + "/rename", admin, Map.of("name", renamed));
    var read = gateway.send("GET", "/api/v1/images/aliases/" + renamed, viewer, null);
    var deleted = gateway.send("DELETE", "/api/v1/images/aliases/" + renamed, admin, null);

    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
    assertThat(read.json().get("target").asText()).isEqualTo(busybox());
    assertThat(deleted.status()).isEqualTo(204);
    assertThat(lxd.images().find(busybox())).isPresent();
  }

  @Test
  void exportedImageUploadsAsNewImage() throws Exception {
    Path exported = download("/api/v1/images/" + busybox() + "/export", temp.resolve("busybox"));
    Path marked = ImageTarballs.withMarker(exported, temp.resolve("marked.tar.gz"), project);

    var uploaded =
        gateway.send(
            HttpRequest.newBuilder(gateway.uri("/api/v1/images/upload?wait=true"))
                .header("Authorization", "Bearer " + admin)
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofFile(marked))
                .build());
    assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(200);
    String fingerprint = uploaded.json().get("metadata").get("fingerprint").asText();
    images.add(fingerprint);
    var deleted =
        gateway.send("DELETE", "/api/v1/images/" + fingerprint + "?wait=true", admin, null);

    assertThat(fingerprint).isNotEqualTo(busybox());
    assertThat(deleted.status()).as(deleted.toString()).isEqualTo(200);
    assertThat(lxd.images().find(fingerprint)).isEmpty();
  }

  @Test
  void exportCarriesSafeFileNameAndLxdsBytes() throws Exception {
    var reply = gateway.send("GET", "/api/v1/images/" + busybox() + "/export", viewer, null);

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.header("Content-Disposition"))
        .startsWith("attachment; filename=\"")
        .doesNotContain("/");
    assertThat(Long.parseLong(reply.header("Content-Length"))).isPositive();
  }

  @Test
  void publishFromInstanceCreatesAliasedImage() throws Exception {
    lxd.instances()
        .create(InstanceCreate.builder(instance).image(TestNames.IMAGE_ALIAS).build())
        .await();

    var published =
        gateway.send(
            "POST",
            "/api/v1/images/publish?wait=true",
            admin,
            Map.of("instance", instance, "aliases", List.of(alias)));

    assertThat(published.status()).as(published.toString()).isEqualTo(200);
    assertThat(lxd.images().aliases().find(alias)).isPresent();
  }

  @Test
  void imagePatchSetsProperty() throws Exception {
    Path exported = download("/api/v1/images/" + busybox() + "/export", temp.resolve("busybox"));
    Path marked = ImageTarballs.withMarker(exported, temp.resolve("marked.tar.gz"), alias);
    var uploaded =
        gateway.send(
            HttpRequest.newBuilder(gateway.uri("/api/v1/images/upload?wait=true"))
                .header("Authorization", "Bearer " + admin)
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofFile(marked))
                .build());
    String fingerprint = uploaded.json().get("metadata").get("fingerprint").asText();
    images.add(fingerprint);

    var patched =
        gateway.send(
            "PATCH",
            "/api/v1/images/" + fingerprint,
            admin,
            Map.of("properties", Map.of("lxdjt", "yes")));

    assertThat(patched.status()).as(patched.toString()).isEqualTo(200);
    assertThat(lxd.images().get(fingerprint).properties()).containsEntry("lxdjt", "yes");
  }

  @Test
  void copyFromUnreachableServerFailsAsClientError() throws Exception {
    var reply =
        gateway.send(
            "POST",
            "/api/v1/images?wait=true",
            admin,
            Map.of(
                "source",
                Map.of("server", "https://127.0.0.1:1", "protocol", "lxd", "alias", "nothing")));

    assertThat(reply.status()).as(reply.toString()).isBetween(400, 499);
  }
}

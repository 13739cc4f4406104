package dev.lxdjava.testkit.fake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lxdjava.testkit.WithFakeLxd;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Projects with their features, and the profiles they hold. */
@WithFakeLxd
class FakeProjectsTest {
  private final FakeLxd fake;
  private final RawLxd lxd;

  FakeProjectsTest(FakeLxd fake) throws Exception {
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
  void newProjectGetsLxdDefaultFeatures() throws Exception {
    RawLxd.Reply created =
        lxd.send("POST", "/1.0/projects", Map.of("name", "p1", "description", "d"));
    JsonNode project = lxd.get("/1.0/projects/p1").metadata();

    assertThat(created.status()).isEqualTo(201);
    assertThat(created.header("Location")).isEqualTo("/1.0/projects/p1");
    assertThat(project.get("config").get("features.images").asText()).isEqualTo("true");
    assertThat(project.get("config").get("features.profiles").asText()).isEqualTo("true");
    assertThat(project.get("config").get("features.storage.volumes").asText()).isEqualTo("true");
    assertThat(project.get("config").has("features.networks")).isFalse();
    assertThat(project.get("used_by").toString()).contains("/1.0/profiles/default?project=p1");
  }

  @Test
  void projectWithOwnProfilesHasNoRootDisk() throws Exception {
    lxd.send(
        "POST",
        "/1.0/projects",
        Map.of("name", "p1", "config", Map.of("features.images", "false")));

    JsonNode create =
        lxd.run(
            "POST",
            "/1.0/instances?project=p1",
            Map.of("name", "c1", "source", Map.of("type", "image", "alias", FakeLxd.IMAGE_ALIAS)));

    assertThat(create.get("err").asText()).endsWith("No root device could be found");
  }

  @Test
  void ownImagesHideDefaultImages() throws Exception {
    lxd.send("POST", "/1.0/projects", Map.of("name", "p1"));
    lxd.send(
        "POST",
        "/1.0/projects",
        Map.of("name", "p2", "config", Map.of("features.images", "false")));

    RawLxd.Reply own = lxd.get("/1.0/images/aliases/" + FakeLxd.IMAGE_ALIAS + "?project=p1");
    RawLxd.Reply inherited = lxd.get("/1.0/images/aliases/" + FakeLxd.IMAGE_ALIAS + "?project=p2");

    assertThat(own.status()).isEqualTo(404);
    assertThat(inherited.status()).isEqualTo(200);
  }

  @Test
  void projectNamesAndDefaultProjectFollowLxd() throws Exception {
    assertThat(
            lxd.send("POST", "/1.0/projects", Map.of("name", "a/b")).json().get("error").asText())
        .isEqualTo("Project names may not contain slashes");
    assertThat(
            lxd.send("POST", "/1.0/projects", Map.of("name", "a_b")).json().get("error").asText())
        .isEqualTo("Project names may not contain underscores");
    assertThat(lxd.send("POST", "/1.0/projects", Map.of("name", "*")).json().get("error").asText())
        .isEqualTo("Reserved project name");
    assertThat(lxd.send("DELETE", "/1.0/projects/default", null).status()).isEqualTo(403);
    assertThat(lxd.get("/1.0/projects/nope").json().get("error").asText())
        .isEqualTo("Project not found");
  }

  @Test
  void projectWithInstancesCannotBeDeleted() throws Exception {
    lxd.send(
        "POST",
        "/1.0/projects",
        Map.of(
            "name",
            "p1",
            "config",
            Map.of("features.images", "false", "features.profiles", "false")));
    lxd.run(
        "POST",
        "/1.0/instances?project=p1",
        Map.of("name", "c1", "source", Map.of("type", "image", "alias", FakeLxd.IMAGE_ALIAS)));

    RawLxd.Reply delete = lxd.send("DELETE", "/1.0/projects/p1", null);

    assertThat(delete.status()).isEqualTo(400);
    assertThat(delete.json().get("error").asText()).isEqualTo("Only empty projects can be removed");
  }

  @Test
  void listingInstancesOfMissingProjectIsEmpty() throws Exception {
    RawLxd.Reply reply = lxd.get("/1.0/instances?project=nope");

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.metadata()).isEmpty();
  }

  @Test
  void profileLifecycleIsSynchronous() throws Exception {
    RawLxd.Reply created =
        lxd.send(
            "POST", "/1.0/profiles", Map.of("name", "web", "config", Map.of("limits.cpu", "1")));
    RawLxd.Reply duplicate = lxd.send("POST", "/1.0/profiles", Map.of("name", "web"));
    RawLxd.Reply patched =
        lxd.send("PATCH", "/1.0/profiles/web", Map.of("config", Map.of("limits.memory", "1GB")));
    JsonNode profile = lxd.get("/1.0/profiles/web").metadata();
    RawLxd.Reply renamed = lxd.send("POST", "/1.0/profiles/web", Map.of("name", "web2"));
    RawLxd.Reply deleted = lxd.send("DELETE", "/1.0/profiles/web2", null);

    assertThat(created.status()).isEqualTo(201);
    assertThat(duplicate.json().get("error").asText())
        .isEqualTo("Error inserting \"web\" into database: The profile already exists");
    assertThat(patched.status()).isEqualTo(200);
    assertThat(profile.get("config").get("limits.cpu").asText()).isEqualTo("1");
    assertThat(profile.get("config").get("limits.memory").asText()).isEqualTo("1GB");
    assertThat(renamed.header("Location")).isEqualTo("/1.0/profiles/web2");
    assertThat(deleted.status()).isEqualTo(200);
    assertThat(lxd.send("DELETE", "/1.0/profiles/default", null).json().get("error").asText())
        .isEqualTo("The \"default\" profile cannot be deleted");
  }

  @Test
  void usedProfileIsKeptAndExpanded() throws Exception {
    lxd.send(
        "POST", "/1.0/profiles", Map.of("name", "extra", "config", Map.of("user.from", "profile")));
    lxd.run(
        "POST",
        "/1.0/instances",
        Map.of(
            "name", "c1",
            "profiles", List.of("default", "extra"),
            "source", Map.of("type", "image", "alias", FakeLxd.IMAGE_ALIAS)));

    RawLxd.Reply delete = lxd.send("DELETE", "/1.0/profiles/extra", null);
    JsonNode instance = lxd.get("/1.0/instances/c1").metadata();

    assertThat(delete.json().get("error").asText()).isEqualTo("Profile is currently in use");
    assertThat(instance.get("expanded_config").get("user.from").asText()).isEqualTo("profile");
    assertThat(lxd.get("/1.0/profiles/extra").metadata().get("used_by").get(0).asText())
        .isEqualTo("/1.0/instances/c1");
  }
}

package dev.lxdjava.testkit.fake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lxdjava.testkit.WithFakeLxd;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@WithFakeLxd
class FakeInstancesTest {
  private static final Map<String, Object> BUSYBOX =
      Map.of("type", "image", "alias", FakeLxd.IMAGE_ALIAS);

  private final FakeLxd fake;
  private final RawLxd lxd;

  FakeInstancesTest(FakeLxd fake) throws Exception {
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

  private JsonNode create(String name) throws Exception {
    return lxd.run("POST", "/1.0/instances", Map.of("name", name, "source", BUSYBOX));
  }

  private JsonNode state(String name, String action) throws Exception {
    return lxd.run("PUT", "/1.0/instances/" + name + "/state", Map.of("action", action));
  }

  @Test
  void createReturnsRunningOperationThenInstance() throws Exception {
    RawLxd.Reply reply =
        lxd.send("POST", "/1.0/instances", Map.of("name", "c1", "source", BUSYBOX));
    JsonNode done = lxd.await(reply);
    RawLxd.Reply instance = lxd.get("/1.0/instances/c1");

    assertThat(reply.json().get("type").asText()).isEqualTo("async");
    assertThat(reply.json().get("status_code").asInt()).isEqualTo(100);
    assertThat(reply.metadata().get("status").asText()).isEqualTo("Running");
    assertThat(reply.metadata().get("description").asText()).isEqualTo("Creating instance");
    assertThat(reply.header("Location")).isEqualTo(reply.json().get("operation").asText());
    assertThat(done.get("status").asText()).isEqualTo("Success");
    assertThat(instance.metadata().get("status").asText()).isEqualTo("Stopped");
    assertThat(instance.metadata().get("expanded_devices").get("root").get("pool").asText())
        .isEqualTo("default");
    assertThat(instance.metadata().get("config").get("image.os").asText()).isEqualTo("busybox");
    assertThat(instance.header("ETag")).isNotBlank();
  }

  @Test
  void missingInstanceGivesLxdMessage() throws Exception {
    RawLxd.Reply reply = lxd.get("/1.0/instances/nope");

    assertThat(reply.status()).isEqualTo(404);
    assertThat(reply.json().get("error").asText()).isEqualTo("Instance not found");
  }

  @Test
  void invalidNamesGiveLxdMessages() throws Exception {
    Map<String, String> cases =
        Map.of(
            "c_1",
            "Invalid instance name: Name can only contain alphanumeric and hyphen characters",
            "1abc",
            "Invalid instance name: Name must not start with a number",
            "c-",
            "Invalid instance name: Name must not end with \"-\" character",
            "-c",
            "Invalid instance name: Name must not start with \"-\" character",
            "a".repeat(64),
            "Invalid instance name: Name must be 1-63 characters long");

    for (Map.Entry<String, String> entry : cases.entrySet()) {
      RawLxd.Reply reply =
          lxd.send("POST", "/1.0/instances", Map.of("name", entry.getKey(), "source", BUSYBOX));

      assertThat(reply.status()).as(entry.getKey()).isEqualTo(400);
      assertThat(reply.json().get("error").asText()).as(entry.getKey()).isEqualTo(entry.getValue());
    }
  }

  @Test
  void unknownAliasGives404BeforeAnyOperation() throws Exception {
    RawLxd.Reply reply =
        lxd.send(
            "POST",
            "/1.0/instances",
            Map.of("name", "c1", "source", Map.of("type", "image", "alias", "nope")));

    assertThat(reply.status()).isEqualTo(404);
    assertThat(reply.json().get("error").asText()).isEqualTo("Image alias not found");
  }

  @Test
  void duplicateNameFailsInsideOperation() throws Exception {
    create("c1");

    JsonNode again = create("c1");

    assertThat(again.get("status_code").asInt()).isEqualTo(400);
    assertThat(again.get("err").asText()).contains("This \"instances\" entry already exists");
  }

  @Test
  void stateMachineFailsInvalidTransitionsWithLxdMessages() throws Exception {
    create("c1");

    assertThat(state("c1", "stop").get("err").asText())
        .isEqualTo("The instance is already stopped");
    assertThat(state("c1", "freeze").get("err").asText()).isEqualTo("The container isn't running");
    assertThat(state("c1", "start").get("status").asText()).isEqualTo("Success");
    assertThat(state("c1", "start").get("err").asText())
        .isEqualTo("The instance is already running");
    assertThat(state("c1", "unfreeze").get("err").asText())
        .isEqualTo("The container is already running");
    assertThat(state("c1", "freeze").get("status").asText()).isEqualTo("Success");
    assertThat(state("c1", "freeze").get("err").asText())
        .isEqualTo("The container is already frozen");
    assertThat(lxd.get("/1.0/instances/c1/state").metadata().get("status_code").asInt())
        .isEqualTo(110);
  }

  @Test
  void unknownStateActionIsRejectedAtOnce() throws Exception {
    create("c1");

    RawLxd.Reply reply = lxd.send("PUT", "/1.0/instances/c1/state", Map.of("action", "bogus"));

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().get("error").asText()).isEqualTo("Unknown action: 'bogus'");
  }

  @Test
  void runningInstanceCannotBeDeletedOrRenamed() throws Exception {
    create("c1");
    state("c1", "start");

    RawLxd.Reply delete = lxd.send("DELETE", "/1.0/instances/c1", null);
    JsonNode rename = lxd.run("POST", "/1.0/instances/c1", Map.of("name", "c2"));

    assertThat(delete.status()).isEqualTo(400);
    assertThat(delete.json().get("error").asText()).isEqualTo("Instance is running");
    assertThat(rename.get("err").asText()).isEqualTo("Renaming of running container not allowed");
  }

  @Test
  void renameToTakenNameGives409() throws Exception {
    create("c1");
    create("c2");

    RawLxd.Reply reply = lxd.send("POST", "/1.0/instances/c1", Map.of("name", "c2"));

    assertThat(reply.status()).isEqualTo(409);
    assertThat(reply.json().get("error").asText()).isEqualTo("Name \"c2\" already in use");
  }

  @Test
  void putWithStaleEtagGives412AndPatchMerges() throws Exception {
    create("c1");
    String etag = lxd.get("/1.0/instances/c1").header("ETag");

    RawLxd.Reply stale =
        lxd.send(
            "PATCH",
            "/1.0/instances/c1",
            Map.of("config", Map.of("user.a", "1")),
            Map.of("If-Match", "\"wrong\""));
    RawLxd.Reply patched =
        lxd.send(
            "PATCH",
            "/1.0/instances/c1",
            Map.of("config", Map.of("user.a", "1")),
            Map.of("If-Match", etag));
    RawLxd.Reply after = lxd.get("/1.0/instances/c1");

    assertThat(stale.status()).isEqualTo(412);
    assertThat(patched.status()).isEqualTo(200);
    assertThat(after.metadata().get("config").get("user.a").asText()).isEqualTo("1");
    assertThat(after.metadata().get("config").has("volatile.base_image")).isTrue();
    assertThat(after.header("ETag")).isNotEqualTo(etag);
  }

  @Test
  void putWithoutIdmapKeysFailsLikeLxd() throws Exception {
    create("c1");

    JsonNode put =
        lxd.run(
            "PUT",
            "/1.0/instances/c1",
            Map.of("config", Map.of("user.a", "1"), "profiles", List.of("default")));

    assertThat(put.get("err").asText())
        .isEqualTo("Volatile idmap keys can't be deleted by the user");
  }

  @Test
  void unknownConfigKeyIsRejected() throws Exception {
    create("c1");

    RawLxd.Reply reply =
        lxd.send("PATCH", "/1.0/instances/c1", Map.of("config", Map.of("bogus.key", "1")));

    assertThat(reply.status()).isEqualTo(500);
    assertThat(reply.json().get("error").asText())
        .isEqualTo("Invalid config: Unknown configuration key: bogus.key");
  }

  @Test
  void listSupportsRecursionFilterAndType() throws Exception {
    create("c1");
    create("c2");
    state("c2", "start");

    JsonNode names = lxd.get("/1.0/instances").metadata();
    JsonNode running =
        lxd.get("/1.0/instances?recursion=1&filter=status%20eq%20Running").metadata();
    JsonNode full = lxd.get("/1.0/instances?recursion=2&instance-type=container").metadata();
    JsonNode vms = lxd.get("/1.0/instances?recursion=1&instance-type=virtual-machine").metadata();

    assertThat(names.toString()).contains("/1.0/instances/c1", "/1.0/instances/c2");
    assertThat(running).hasSize(1);
    assertThat(running.get(0).get("name").asText()).isEqualTo("c2");
    assertThat(full.get(1).get("state").get("pid").asLong()).isPositive();
    assertThat(vms).isEmpty();
  }

  @Test
  void snapshotRestoreBringsBackFiles() throws Exception {
    create("c1");
    lxd.send("POST", "/1.0/instances/c1/files?path=/root/a", "one".getBytes());
    lxd.run("POST", "/1.0/instances/c1/snapshots", Map.of("name", "s1"));
    lxd.send("POST", "/1.0/instances/c1/files?path=/root/a", "two".getBytes());

    JsonNode restored = lxd.run("PUT", "/1.0/instances/c1", Map.of("restore", "s1"));
    RawLxd.Reply file = lxd.get("/1.0/instances/c1/files?path=/root/a");

    assertThat(restored.get("status").asText()).isEqualTo("Success");
    assertThat(new String(file.body())).isEqualTo("one");
  }

  @Test
  void snapshotNamesAndErrorsFollowLxd() throws Exception {
    create("c1");
    lxd.run("POST", "/1.0/instances/c1/snapshots", Map.of("name", "snap0"));

    JsonNode automatic = lxd.run("POST", "/1.0/instances/c1/snapshots", Map.of());
    RawLxd.Reply slash = lxd.send("POST", "/1.0/instances/c1/snapshots", Map.of("name", "a/b"));
    RawLxd.Reply missing = lxd.get("/1.0/instances/c1/snapshots/nope");
    JsonNode list = lxd.get("/1.0/instances/c1/snapshots").metadata();

    assertThat(automatic.get("status").asText()).isEqualTo("Success");
    assertThat(list.toString())
        .contains("/1.0/instances/c1/snapshots/snap0", "/1.0/instances/c1/snapshots/snap1");
    assertThat(slash.json().get("error").asText())
        .isEqualTo("Invalid snapshot name: Cannot contain \"/\"");
    assertThat(missing.json().get("error").asText()).contains("InstanceSnapshot not found");
  }

  @Test
  void backupExportImportsIntoNewInstance() throws Exception {
    create("c1");
    lxd.send("POST", "/1.0/instances/c1/files?path=/root/data", "keep me".getBytes());
    lxd.run("POST", "/1.0/instances/c1/backups", Map.of("name", "b1"));
    byte[] tarball = lxd.get("/1.0/instances/c1/backups/b1/export").body();

    JsonNode imported =
        lxd.await(lxd.send("POST", "/1.0/instances", tarball, Map.of("X-LXD-name", "c2")));
    RawLxd.Reply file = lxd.get("/1.0/instances/c2/files?path=/root/data");

    assertThat(imported.get("status").asText()).isEqualTo("Success");
    assertThat(new String(file.body())).isEqualTo("keep me");
  }

  @Test
  void filePushKeepsModeOwnerAndBytes() throws Exception {
    create("c1");
    byte[] content = {0, 1, 2, 'x', 0};

    RawLxd.Reply pushed =
        lxd.send(
            "POST",
            "/1.0/instances/c1/files?path="
                + java.net.URLEncoder.encode("/tmp/a+b cé?.txt", "UTF-8").replace("+", "%20"),
            content,
            Map.of(
                "X-LXD-mode",
                "0640",
                "X-LXD-uid",
                "1000",
                "X-LXD-gid",
                "1000",
                "X-LXD-type",
                "file"));
    RawLxd.Reply pulled = lxd.get("/1.0/instances/c1/files?path=%2Ftmp%2Fa%2Bb%20c%C3%A9%3F.txt");
    JsonNode listing = lxd.get("/1.0/instances/c1/files?path=/tmp").metadata();

    assertThat(pushed.status()).isEqualTo(200);
    assertThat(pulled.body()).isEqualTo(content);
    assertThat(pulled.header("X-LXD-mode")).isEqualTo("0640");
    assertThat(pulled.header("X-LXD-uid")).isEqualTo("1000");
    assertThat(pulled.header("X-LXD-gid")).isEqualTo("1000");
    assertThat(pulled.header("X-LXD-type")).isEqualTo("file");
    assertThat(listing.toString()).contains("a+b cé?.txt");
  }

  @Test
  void fileErrorsFollowLxd() throws Exception {
    create("c1");

    RawLxd.Reply noPath = lxd.get("/1.0/instances/c1/files");
    RawLxd.Reply missing = lxd.get("/1.0/instances/c1/files?path=/nope");
    RawLxd.Reply noParent =
        lxd.send("POST", "/1.0/instances/c1/files?path=/no/dir", "x".getBytes());
    RawLxd.Reply badType =
        lxd.send(
            "POST",
            "/1.0/instances/c1/files?path=/tmp/x",
            "x".getBytes(),
            Map.of("X-LXD-type", "bogus"));

    assertThat(noPath.json().get("error").asText()).isEqualTo("Missing path argument");
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.json().get("error").asText()).isEqualTo("Not Found");
    assertThat(noParent.status()).isEqualTo(404);
    assertThat(badType.json().get("error").asText()).isEqualTo("Bad file type: bogus");
  }

  @Test
  void rootDiskRemovalFailsNextStart() throws Exception {
    create("c1");
    JsonNode instance = lxd.get("/1.0/instances/c1").metadata();

    JsonNode put =
        lxd.run(
            "PUT",
            "/1.0/instances/c1",
            Map.of("config", instance.get("config"), "profiles", List.of()));
    JsonNode start = state("c1", "start");

    assertThat(put.get("status").asText()).isEqualTo("Success");
    assertThat(start.get("err").asText()).isEqualTo("No root device could be found");
  }
}

package dev.lxdjava.testkit.fake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lxdjava.testkit.WithFakeLxd;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Exec over LXD's WebSocket protocol, driven by a client that speaks the protocol directly. */
@WithFakeLxd
class FakeExecTest {
  private final FakeLxd fake;
  private final RawLxd lxd;

  FakeExecTest(FakeLxd fake) throws Exception {
    this.fake = fake;
    this.lxd = new RawLxd(fake);
  }

  @BeforeEach
  void startInstance() throws Exception {
    fake.reset();
    lxd.run(
        "POST",
        "/1.0/instances",
        Map.of("name", "c1", "source", Map.of("type", "image", "alias", FakeLxd.IMAGE_ALIAS)));
    lxd.run("PUT", "/1.0/instances/c1/state", Map.of("action", "start"));
  }

  @AfterEach
  void close() throws Exception {
    lxd.close();
  }

  /** A started exec with its operation and connected sockets. */
  private record Exec(RawLxd.Reply reply, Map<String, Frames> sockets) {
    Frames fd(String name) {
      return sockets.get(name);
    }
  }

  private Exec exec(List<String> command, boolean interactive) throws Exception {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("command", command);
    body.put("wait-for-websocket", true);
    body.put("interactive", interactive);
    body.put("width", 80);
    body.put("height", 24);
    RawLxd.Reply reply = lxd.send("POST", "/1.0/instances/c1/exec", body);
    JsonNode fds = reply.metadata().get("metadata").get("fds");
    String operation = reply.json().get("operation").asText();
    Map<String, Frames> sockets = new LinkedHashMap<>();
    for (String fd : interactive ? List.of("0", "control") : List.of("0", "1", "2", "control")) {
      sockets.put(fd, lxd.webSocket(operation + "/websocket?secret=" + fds.get(fd).asText()));
    }
    return new Exec(reply, sockets);
  }

  @Test
  void outputStreamsAndExitCodeAreSeparate() throws Exception {
    Exec exec = exec(List.of("sh", "-c", "echo out; echo err >&2; exit 7"), false);

    JsonNode done = lxd.await(exec.reply());

    assertThat(exec.fd("1").awaitEmptyText()).isTrue();
    assertThat(exec.fd("2").awaitEmptyText()).isTrue();
    assertThat(exec.fd("1").binaryText()).isEqualTo("out\n");
    assertThat(exec.fd("2").binaryText()).isEqualTo("err\n");
    assertThat(done.get("status").asText()).isEqualTo("Success");
    assertThat(done.get("metadata").get("return").asInt()).isEqualTo(7);
    assertThat(exec.fd("1").pings()).contains("keepalive");
  }

  @Test
  void operationDescribesWebsocketExec() throws Exception {
    Exec exec = exec(List.of("true"), false);

    JsonNode metadata = exec.reply().metadata();

    assertThat(metadata.get("class").asText()).isEqualTo("websocket");
    assertThat(metadata.get("description").asText()).isEqualTo("Executing command");
    assertThat(metadata.get("metadata").get("fds").size()).isEqualTo(4);
    assertThat(metadata.get("metadata").get("environment").get("PATH").asText())
        .contains("/usr/bin");
    lxd.await(exec.reply());
  }

  @Test
  void emptyTextFrameEndsStdin() throws Exception {
    Exec exec = exec(List.of("cat"), false);

    exec.fd("0").sendBinary("hello\n".getBytes(StandardCharsets.UTF_8));
    exec.fd("0").sendText("");
    JsonNode done = lxd.await(exec.reply());

    assertThat(exec.fd("1").awaitEmptyText()).isTrue();
    assertThat(exec.fd("1").binaryText()).isEqualTo("hello\n");
    assertThat(done.get("metadata").get("return").asInt()).isZero();
  }

  @Test
  void md5sumOfFiveMebibytesMatches() throws Exception {
    byte[] data = new byte[5 * 1024 * 1024];
    new Random(7).nextBytes(data);
    Exec exec = exec(List.of("md5sum"), false);

    for (int offset = 0; offset < data.length; offset += 65536) {
      exec.fd("0").sendBinary(java.util.Arrays.copyOfRange(data, offset, offset + 65536));
    }
    exec.fd("0").sendText("");
    lxd.await(exec.reply());
    exec.fd("1").awaitEmptyText();

    String expected = HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(data));
    assertThat(exec.fd("1").binaryText()).isEqualTo(expected + "  -\n");
  }

  @Test
  void sigtermEndsSleepWith143() throws Exception {
    Exec exec = exec(List.of("sleep", "30"), false);

    exec.fd("control").sendText("{\"command\":\"signal\",\"signal\":15}");
    JsonNode done = lxd.await(exec.reply());

    assertThat(done.get("metadata").get("return").asInt()).isEqualTo(143);
  }

  @Test
  void interactiveResizeChangesSttySize() throws Exception {
    Exec exec = exec(List.of("sh"), true);
    exec.fd("0").awaitOutput("# ");

    exec.fd("0").sendBinary("stty size\r".getBytes(StandardCharsets.UTF_8));
    exec.fd("0").awaitOutput("24 80");
    exec.fd("control")
        .sendText("{\"command\":\"window-resize\",\"args\":{\"width\":\"120\",\"height\":\"40\"}}");
    Thread.sleep(100);
    exec.fd("0").sendBinary("stty size\r".getBytes(StandardCharsets.UTF_8));
    exec.fd("0").awaitOutput("40 120\r\n");
    exec.fd("0").sendBinary("exit 3\r".getBytes(StandardCharsets.UTF_8));
    JsonNode done = lxd.await(exec.reply());

    assertThat(done.get("metadata").get("return").asInt()).isEqualTo(3);
  }

  @Test
  void interactiveShellIgnoresSigtermLikeBusybox() throws Exception {
    Exec exec = exec(List.of("sh"), true);
    exec.fd("0").awaitOutput("# ");

    exec.fd("control").sendText("{\"command\":\"signal\",\"signal\":15}");
    exec.fd("0").sendBinary("echo alive\r".getBytes(StandardCharsets.UTF_8));

    exec.fd("0").awaitOutput("alive\r\n");
    exec.fd("control").sendText("{\"command\":\"signal\",\"signal\":9}");
    assertThat(lxd.await(exec.reply()).get("metadata").get("return").asInt()).isEqualTo(137);
  }

  @Test
  void missingCommandFailsWith127() throws Exception {
    Exec exec = exec(List.of("/nonexistent"), false);

    JsonNode done = lxd.await(exec.reply());

    assertThat(done.get("status").asText()).isEqualTo("Failure");
    assertThat(done.get("err").asText()).isEqualTo("Command not found");
    assertThat(done.get("metadata").get("return").asInt()).isEqualTo(127);
  }

  @Test
  void wrongSecretIsRefused() throws Exception {
    Exec exec = exec(List.of("true"), false);
    String operation = exec.reply().json().get("operation").asText();

    RawLxd.Reply wrong = lxd.get(operation + "/websocket?secret=wrong");
    RawLxd.Reply missing = lxd.get("/1.0/operations/nope/websocket?secret=x");

    assertThat(wrong.status()).isEqualTo(500);
    assertThat(wrong.json().get("error").asText()).isEqualTo("permission denied");
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.json().get("error").asText()).isEqualTo("Operation not found");
    lxd.await(exec.reply());
  }

  @Test
  void recordOutputWritesLogs() throws Exception {
    Map<String, Object> body =
        Map.of(
            "command",
            List.of("sh", "-c", "echo hi; echo e >&2; exit 3"),
            "wait-for-websocket",
            false,
            "record-output",
            true);

    JsonNode done = lxd.run("POST", "/1.0/instances/c1/exec", body);
    String stdout = done.get("metadata").get("output").get("1").asText();

    assertThat(done.get("metadata").get("return").asInt()).isEqualTo(3);
    assertThat(new String(lxd.get(stdout).body())).isEqualTo("hi\n");
  }

  @Test
  void execOnStoppedInstanceIsRefused() throws Exception {
    lxd.run("PUT", "/1.0/instances/c1/state", Map.of("action", "stop", "force", true));

    RawLxd.Reply reply =
        lxd.send("POST", "/1.0/instances/c1/exec", Map.of("command", List.of("true")));

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().get("error").asText()).isEqualTo("Instance is not running");
  }

  @Test
  void shellScriptsRunLoopsAndPipes() throws Exception {
    String script =
        "i=0; while [ $i -lt 3 ]; do echo line $i; i=$((i+1)); done; yes abc | head -c 8; "
            + "echo x > /tmp/f && cat /tmp/f";
    Map<String, Object> body =
        Map.of(
            "command",
            List.of("sh", "-c", script),
            "wait-for-websocket",
            false,
            "record-output",
            true);

    JsonNode done = lxd.run("POST", "/1.0/instances/c1/exec", body);
    String stdout = done.get("metadata").get("output").get("1").asText();

    assertThat(new String(lxd.get(stdout).body()))
        .isEqualTo("line 0\nline 1\nline 2\nabc\nabc\nx\n");
  }

  @Test
  void droppedWebSocketsLeaveProcessRunningLikeLxd() throws Exception {
    Exec exec = exec(List.of("sleep", "30"), false);
    String operation = exec.reply().json().get("operation").asText();

    fake.faults().dropWebSockets();

    assertThat(exec.fd("1").awaitClose()).isTrue();
    assertThat(lxd.get(operation).metadata().get("status").asText()).isEqualTo("Running");
    lxd.run("PUT", "/1.0/instances/c1/state", Map.of("action", "stop", "force", true));
    assertThat(lxd.awaitUrl(operation).get("metadata").get("return").asInt()).isEqualTo(137);
  }

  @Test
  void stopBeforeWebSocketsConnectEndsExecAsKilled() throws Exception {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("command", List.of("sleep", "30"));
    body.put("wait-for-websocket", true);
    RawLxd.Reply reply = lxd.send("POST", "/1.0/instances/c1/exec", body);
    String operation = reply.json().get("operation").asText();

    lxd.run("PUT", "/1.0/instances/c1/state", Map.of("action", "stop", "force", true));

    assertThat(lxd.awaitUrl(operation).get("metadata").get("return").asInt()).isEqualTo(137);
  }

  @Test
  void consoleIsAnInteractiveShell() throws Exception {
    RawLxd.Reply reply =
        lxd.send("POST", "/1.0/instances/c1/console", Map.of("width", 80, "height", 24));
    JsonNode fds = reply.metadata().get("metadata").get("fds");
    String operation = reply.json().get("operation").asText();
    Frames data = lxd.webSocket(operation + "/websocket?secret=" + fds.get("0").asText());
    lxd.webSocket(operation + "/websocket?secret=" + fds.get("control").asText());

    data.sendBinary("hostname\r".getBytes(StandardCharsets.UTF_8));
    data.awaitOutput("c1\r\n");
    data.close();

    assertThat(reply.metadata().get("description").asText()).isEqualTo("Showing console");
    assertThat(lxd.await(reply).get("status").asText()).isEqualTo("Success");
    assertThat(new String(lxd.get("/1.0/instances/c1/console").body())).contains("c1");
  }
}

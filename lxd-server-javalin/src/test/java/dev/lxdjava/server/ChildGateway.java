package dev.lxdjava.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A gateway in its own JVM with a capped heap, started from this test JVM's class path, for tests
 * that must show a transfer does not depend on the gateway's memory. It listens on 127.0.0.1 only.
 */
final class ChildGateway implements AutoCloseable {
  private final Process process;
  private final Path dir;
  private final int port;

  private ChildGateway(Process process, Path dir, int port) {
    this.process = process;
    this.dir = dir;
    this.port = port;
  }

  /**
   * Starts a gateway on the local LXD with {@code -Xmx<heapMiB>m} and waits until {@code /health}
   * returns 200.
   */
  static ChildGateway start(int heapMiB) throws Exception {
    Path dir = Files.createTempDirectory("lxd-gateway-child");
    int port;
    try (ServerSocket probe = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      port = probe.getLocalPort();
    }
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder builder =
        new ProcessBuilder(
                java,
                "-Xmx" + heapMiB + "m",
                "-XX:+ExitOnOutOfMemoryError",
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("gateway.log").toFile());
    Map<String, String> env = builder.environment();
    env.put("JWT_SECRET", "test-secret-that-is-long-enough-for-hs256");
    env.put("SEED_ADMIN_PASSWORD", GatewayHarness.ADMIN_PASSWORD);
    env.put("APP_HOST", "127.0.0.1");
    env.put("APP_PORT", Integer.toString(port));
    env.put("BCRYPT_COST", "10");
    env.put("DATABASE_URL", "jdbc:sqlite:" + dir.resolve("gateway.db"));
    ChildGateway child = new ChildGateway(builder.start(), dir, port);
    child.awaitHealthy();
    return child;
  }

  private void awaitHealthy() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException("the gateway exited at start:\n" + log());
      }
      try {
        HttpResponse<Void> health =
            http.send(
                HttpRequest.newBuilder(uri("/health")).build(),
                HttpResponse.BodyHandlers.discarding());
        if (health.statusCode() == 200) {
          return;
        }
      } catch (IOException notListeningYet) {
        // The port opens once the gateway has started.
      }
      Thread.sleep(200);
    }
    throw new IllegalStateException("the gateway did not answer within 60 s:\n" + log());
  }

  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  /** Logs in as the seeded admin and returns the access token. */
  String adminToken() throws Exception {
    ObjectMapper json = new ObjectMapper();
    HttpResponse<String> reply =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(uri("/api/v1/auth/login"))
                    .header("Content-Type", "application/json")
                    .POST(
                        HttpRequest.BodyPublishers.ofString(
                            json.writeValueAsString(
                                Map.of(
                                    "username",
                                    GatewayHarness.ADMIN,
                                    "password",
                                    GatewayHarness.ADMIN_PASSWORD))))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    return json.readTree(reply.body()).get("access_token").asText();
  }

  boolean isAlive() {
    return process.isAlive();
  }

  /** Returns the last 40 lines of the gateway's output, for failure messages. */
  String log() throws IOException {
    Path log = dir.resolve("gateway.log");
    if (!Files.exists(log)) {
      return "";
    }
    List<String> lines = Files.readAllLines(log);
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
  }

  @Override
  public void close() throws Exception {
    process.destroy();
    if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
    }
    try (var files = Files.walk(dir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    }
  }
}

package dev.lxdjava.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lxdjava.auth.Role;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * Starts a real gateway on a free loopback port with a fresh SQLite database, and talks to it over
 * HTTP as a client would.
 */
final class GatewayHarness implements AutoCloseable {
  static final String ADMIN = "admin";
  static final String ADMIN_PASSWORD = "admin-password-for-tests";

  private final Application application;
  private final Path dataDir;
  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();

  private GatewayHarness(Application application, Path dataDir) {
    this.application = application;
    this.dataDir = dataDir;
  }

  static GatewayHarness start() throws IOException {
    Path dataDir = Files.createTempDirectory("lxd-gateway-test");
    GatewayConfig config =
        GatewayConfig.fromEnvironment(
            Map.of(
                "JWT_SECRET", "test-secret-that-is-long-enough-for-hs256",
                "SEED_ADMIN_PASSWORD", ADMIN_PASSWORD,
                "APP_PORT", "0",
                "BCRYPT_COST", "10",
                "DATABASE_URL", "jdbc:sqlite:" + dataDir.resolve("gateway.db")));
    return new GatewayHarness(Application.start(config), dataDir);
  }

  Application application() {
    return application;
  }

  /** Creates a user directly in the store and returns its access token. */
  String tokenFor(String username, Role role) throws Exception {
    String password = username + "-password-123";
    application.auth().createUser(username, password, role);
    return login(username, password);
  }

  /** A single-use WebSocket ticket for an access token. */
  String ticket(String token) throws Exception {
    Reply reply = send("POST", "/api/v1/auth/ws-ticket", token, null);
    if (reply.status() != 201) {
      throw new AssertionError("ticket failed: " + reply);
    }
    return reply.json().get("ticket").asText();
  }

  /** Opens a WebSocket with a fresh ticket; {@code path} may carry a query already. */
  GatewaySocket socket(String path, String token) throws Exception {
    String separator = path.contains("?") ? "&" : "?";
    return GatewaySocket.open(application.port(), path + separator + "ticket=" + ticket(token));
  }

  String login(String username, String password) throws Exception {
    Reply reply =
        send(
            "POST", "/api/v1/auth/login", null, Map.of("username", username, "password", password));
    if (reply.status() != 200) {
      throw new AssertionError("login failed: " + reply);
    }
    return reply.json().get("access_token").asText();
  }

  Reply send(String method, String path, String token, Object body) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + application.port() + path))
            .timeout(Duration.ofMinutes(3));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    if (body == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request.header("Content-Type", "application/json");
      request.method(method, HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body)));
    }
    HttpResponse<String> response =
        http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    return new Reply(response.statusCode(), response.body(), response.headers().map(), json);
  }

  @Override
  public void close() throws IOException {
    application.close();
    try (var files = Files.walk(dataDir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    }
  }

  /** An HTTP reply. */
  record Reply(
      int status, String body, Map<String, java.util.List<String>> headers, ObjectMapper mapper) {
    JsonNode json() {
      try {
        return mapper.readTree(body);
      } catch (IOException e) {
        throw new AssertionError("reply is not JSON: " + body, e);
      }
    }

    String header(String name) {
      return headers.entrySet().stream()
          .filter(entry -> entry.getKey().equalsIgnoreCase(name))
          .map(entry -> entry.getValue().get(0))
          .findFirst()
          .orElse(null);
    }

    @Override
    public String toString() {
      return status + " " + body;
    }
  }
}

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
import java.util.HashMap;
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

  /** Starts a gateway on the local LXD. */
  static GatewayHarness start() throws IOException {
    return start(Map.of());
  }

  /**
   * Starts a gateway on the local LXD with extra environment variables over the defaults, such as
   * {@code CORS_ORIGINS} or rate limits.
   */
  static GatewayHarness start(Map<String, String> extraEnvironment) throws IOException {
    Path dataDir = Files.createTempDirectory("lxd-gateway-test");
    Map<String, String> env = new HashMap<>();
    env.put("JWT_SECRET", "test-secret-that-is-long-enough-for-hs256");
    env.put("SEED_ADMIN_PASSWORD", ADMIN_PASSWORD);
    env.put("APP_PORT", "0");
    env.put("BCRYPT_COST", "10");
    env.put("DATABASE_URL", "jdbc:sqlite:" + dataDir.resolve("gateway.db"));
    env.putAll(extraEnvironment);
    return new GatewayHarness(Application.start(GatewayConfig.fromEnvironment(env)), dataDir);
  }

  /**
   * Starts a gateway whose LXD socket is a file without a listener, as after LXD stopped: every LXD
   * call fails with "connection refused". Needs no LXD.
   */
  static GatewayHarness startWithoutLxd(Map<String, String> extraEnvironment) throws IOException {
    Path socketDir = Files.createTempDirectory("lxd-gateway-stale-socket");
    Path socket = socketDir.resolve("unix.socket");
    try (var channel =
        java.nio.channels.ServerSocketChannel.open(java.net.StandardProtocolFamily.UNIX)) {
      channel.bind(java.net.UnixDomainSocketAddress.of(socket));
    }
    Map<String, String> env = new HashMap<>(extraEnvironment);
    env.put("LXD_SOCKET_PATH", socket.toString());
    GatewayHarness harness = start(env);
    harness.extraDirs.add(socketDir);
    return harness;
  }

  /**
   * Starts a gateway whose LXD socket accepts connections but never replies, as a hung daemon does.
   * The returned harness keeps the socket open until it is closed.
   */
  static GatewayHarness startWithHungLxd() throws IOException {
    Path socketDir = Files.createTempDirectory("lxd-gateway-hung-socket");
    Path socket = socketDir.resolve("unix.socket");
    var channel = java.nio.channels.ServerSocketChannel.open(java.net.StandardProtocolFamily.UNIX);
    channel.bind(java.net.UnixDomainSocketAddress.of(socket));
    GatewayHarness harness = start(Map.of("LXD_SOCKET_PATH", socket.toString()));
    harness.extraDirs.add(socketDir);
    harness.resources.add(channel);
    return harness;
  }

  private final java.util.List<Path> extraDirs = new java.util.ArrayList<>();
  private final java.util.List<AutoCloseable> resources = new java.util.ArrayList<>();

  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + application.port() + path);
  }

  /** Sends a request built by the caller; the base URI is the gateway. */
  Reply send(HttpRequest request) throws Exception {
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    return new Reply(response.statusCode(), response.body(), response.headers().map(), json);
  }

  /** Sends raw bytes over a socket and returns the raw response head and body, for upgrades. */
  String sendRaw(String request) throws IOException {
    try (var socket = new java.net.Socket("127.0.0.1", application.port())) {
      socket.setSoTimeout(10_000);
      socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      socket.getOutputStream().flush();
      byte[] buffer = new byte[65536];
      StringBuilder text = new StringBuilder();
      var in = socket.getInputStream();
      int read;
      try {
        while ((read = in.read(buffer)) > 0) {
          text.append(new String(buffer, 0, read, java.nio.charset.StandardCharsets.UTF_8));
          if (text.indexOf("\r\n\r\n") >= 0 && text.toString().contains("}")) {
            break;
          }
        }
      } catch (java.net.SocketTimeoutException e) {
        // The server keeps the connection open; what arrived so far is the response.
      }
      return text.toString();
    }
  }

  /** Starts a gateway on an in-process fake LXD ({@code LXD_CONNECTION_MODE=fake}). */
  static GatewayHarness startOnFake() throws IOException {
    return start(Map.of("LXD_CONNECTION_MODE", "fake"));
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

  /** Creates a user directly in the store with a password derived from the name. */
  String createUser(String username, Role role) {
    String password = username + "-password-123";
    application.auth().createUser(username, password, role);
    return password;
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
    return send(method, path, token, body, Map.of());
  }

  Reply send(String method, String path, String token, Object body, Map<String, String> headers)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + application.port() + path))
            .timeout(Duration.ofMinutes(3));
    headers.forEach(request::header);
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
    for (AutoCloseable resource : resources) {
      try {
        resource.close();
      } catch (Exception e) {
        throw new IOException("cannot close " + resource, e);
      }
    }
    extraDirs.add(dataDir);
    for (Path dir : extraDirs) {
      try (var files = Files.walk(dir)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
      }
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

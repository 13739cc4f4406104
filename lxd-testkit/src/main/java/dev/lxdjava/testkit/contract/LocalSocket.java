package dev.lxdjava.testkit.contract;

import dev.lxdjava.core.Lxd;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.StandardProtocolFamily;
import java.net.URLEncoder;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;

/**
 * Raw requests to the target daemon over its unix socket, with the JDK only, for test set-ups that
 * no SDK port offers yet: starting a command in an instance and starting a migration. A contract
 * class gets one as a constructor parameter, bound to its target's {@link
 * ContractTarget#unixSocket()}. Tests that use it are skipped when the target has no unix socket.
 */
public final class LocalSocket {
  private static final Pattern OPERATION = Pattern.compile("\"operation\":\"([^\"]*)\"");
  private static final Pattern ERROR = Pattern.compile("\"error\":\"([^\"]+)\"");

  private final Optional<Path> socket;

  LocalSocket(Optional<Path> socket) {
    this.socket = socket;
  }

  /**
   * Finds the local daemon's socket the way {@code lxc} does, or returns empty if there is none.
   */
  static Optional<Path> discover() {
    List<Path> candidates = new ArrayList<>();
    String socket = System.getenv("LXD_SOCKET");
    if (socket != null && !socket.isBlank()) {
      candidates.add(Path.of(socket));
    }
    String dir = System.getenv("LXD_DIR");
    if (dir != null && !dir.isBlank()) {
      candidates.add(Path.of(dir, "unix.socket"));
    }
    candidates.add(Path.of("/var/snap/lxd/common/lxd/unix.socket"));
    candidates.add(Path.of("/var/lib/lxd/unix.socket"));
    return candidates.stream().filter(Files::exists).findFirst();
  }

  /** Skips the calling test when there is no local socket to send raw requests to. */
  void assumeAvailable() {
    Assumptions.assumeTrue(socket.isPresent(), "the target has no unix socket for raw requests");
  }

  /**
   * Starts {@code command} in a running instance without websockets and returns the operation id.
   * With {@code recordOutput}, LXD writes stdout and stderr to {@code exec_<id>.stdout} and {@code
   * .stderr} log files of the instance.
   */
  String startCommand(Lxd lxd, String instance, List<String> command, boolean recordOutput) {
    StringBuilder arguments = new StringBuilder();
    for (String argument : command) {
      arguments.append(arguments.length() == 0 ? "" : ",").append(jsonString(argument));
    }
    String body =
        "{\"command\":["
            + arguments
            + "],\"wait-for-websocket\":false,\"interactive\":false,\"record-output\":"
            + recordOutput
            + "}";
    String path = "/1.0/instances/" + encode(instance) + "/exec?project=" + project(lxd);
    return operationId(send("POST", path, body));
  }

  /**
   * Starts the source side of a migration of {@code instance} and returns the operation id. The
   * operation waits for a migration target to connect, and LXD allows cancelling it.
   */
  String startMigrationSource(Lxd lxd, String instance) {
    String body = "{\"migration\":true,\"name\":" + jsonString(instance) + "}";
    String path = "/1.0/instances/" + encode(instance) + "?project=" + project(lxd);
    return operationId(send("POST", path, body));
  }

  /** Sends one request and returns the reply body; an error envelope fails the test set-up. */
  String send(String method, String pathAndQuery, String jsonBody) {
    Path path =
        socket.orElseThrow(() -> new IllegalStateException("the target has no unix socket"));
    byte[] body = jsonBody == null ? new byte[0] : jsonBody.getBytes(StandardCharsets.UTF_8);
    // HTTP/1.0: the daemon replies without chunked encoding and closes the connection at the end.
    String head =
        method
            + " "
            + pathAndQuery
            + " HTTP/1.0\r\nHost: lxd\r\nContent-Type: application/json\r\nContent-Length: "
            + body.length
            + "\r\n\r\n";
    try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
      channel.connect(UnixDomainSocketAddress.of(path));
      channel.write(ByteBuffer.wrap(head.getBytes(StandardCharsets.US_ASCII)));
      channel.write(ByteBuffer.wrap(body));
      String reply = readAll(channel);
      String content = reply.substring(reply.indexOf("\r\n\r\n") + 4);
      if (content.contains("\"type\":\"error\"")) {
        Matcher error = ERROR.matcher(content);
        throw new IllegalStateException(
            method + " " + pathAndQuery + " failed: " + (error.find() ? error.group(1) : content));
      }
      return content;
    } catch (IOException e) {
      throw new UncheckedIOException(method + " " + pathAndQuery + " failed: " + e, e);
    }
  }

  private static String readAll(SocketChannel channel) throws IOException {
    ByteArrayOutputStream reply = new ByteArrayOutputStream();
    ByteBuffer buffer = ByteBuffer.allocate(8192);
    while (channel.read(buffer) >= 0) {
      reply.write(buffer.array(), 0, buffer.position());
      buffer.clear();
    }
    return reply.toString(StandardCharsets.UTF_8);
  }

  private static String operationId(String reply) {
    Matcher operation = OPERATION.matcher(reply);
    if (!operation.find() || operation.group(1).isEmpty()) {
      throw new IllegalStateException("reply names no operation: " + reply);
    }
    String url = operation.group(1);
    int query = url.indexOf('?');
    String path = query < 0 ? url : url.substring(0, query);
    return path.substring(path.lastIndexOf('/') + 1);
  }

  private static String project(Lxd lxd) {
    return encode(lxd.scope().project());
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static String jsonString(String value) {
    StringBuilder quoted = new StringBuilder("\"");
    for (char c : value.toCharArray()) {
      switch (c) {
        case '"' -> quoted.append("\\\"");
        case '\\' -> quoted.append("\\\\");
        case '\n' -> quoted.append("\\n");
        default -> {
          if (c < 0x20) {
            quoted.append(String.format("\\u%04x", (int) c));
          } else {
            quoted.append(c);
          }
        }
      }
    }
    return quoted.append('"').toString();
  }
}

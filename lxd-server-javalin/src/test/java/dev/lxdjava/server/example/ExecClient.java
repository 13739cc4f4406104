package dev.lxdjava.server.example;

import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs a command in an instance through the gateway's exec WebSocket, prints its output and exits
 * with its exit code. Usage: {@code ExecClient http://127.0.0.1:8000 TOKEN web1 uname -a}.
 */
public final class ExecClient {
  private static final Pattern TICKET = Pattern.compile("\"ticket\"\\s*:\\s*\"([^\"]+)\"");
  private static final Pattern EXIT = Pattern.compile("\"type\":\"exit\".*?\"exit_code\":(-?\\d+)");

  public static void main(String[] args) throws Exception {
    List<String> command = List.of(args).subList(3, args.length);
    System.exit(run(args[0], args[1], args[2], command, System.out));
  }

  /** Runs {@code command} in {@code instance} and returns its exit code. */
  public static int run(
      String gateway, String token, String instance, List<String> command, PrintStream out)
      throws Exception {
    HttpClient http = HttpClient.newHttpClient();

    // 1. Trade the access token for a ticket: single use, valid for 30 seconds.
    HttpRequest ticketRequest =
        HttpRequest.newBuilder(URI.create(gateway + "/api/v1/auth/ws-ticket"))
            .header("Authorization", "Bearer " + token)
            .POST(HttpRequest.BodyPublishers.noBody())
            .build();
    String reply = http.send(ticketRequest, HttpResponse.BodyHandlers.ofString()).body();
    Matcher ticket = TICKET.matcher(reply);
    if (!ticket.find()) {
      throw new IllegalStateException("no ticket in reply: " + reply);
    }

    // 2. Open the socket with the ticket in the URL, as a browser has to.
    CompletableFuture<Integer> exitCode = new CompletableFuture<>();
    URI socketUri =
        URI.create(
            gateway.replaceFirst("^http", "ws")
                + "/api/v1/instances/"
                + instance
                + "/exec?ticket="
                + ticket.group(1));
    WebSocket socket =
        http.newWebSocketBuilder().buildAsync(socketUri, new Printer(out, exitCode)).join();

    // 3. Start the command without a terminal, then close its stdin.
    String quoted =
        command.stream()
            .map(arg -> "\"" + arg.replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
            .reduce((a, b) -> a + "," + b)
            .orElseThrow();
    socket
        .sendText("{\"type\":\"start\",\"interactive\":false,\"command\":[" + quoted + "]}", true)
        .join();
    socket.sendText("{\"type\":\"stdin-eof\"}", true).join();

    // 4. The exit message arrives after all output; the gateway then closes with 1000.
    return exitCode.join();
  }

  /** Prints output frames and completes {@code exitCode} from the exit message. */
  private static final class Printer implements WebSocket.Listener {
    private final PrintStream out;
    private final CompletableFuture<Integer> exitCode;
    private final StringBuilder text = new StringBuilder();
    private boolean frameStart = true;

    Printer(PrintStream out, CompletableFuture<Integer> exitCode) {
      this.out = out;
      this.exitCode = exitCode;
    }

    @Override
    public CompletionStage<?> onBinary(WebSocket socket, ByteBuffer data, boolean last) {
      // Byte 0 of each frame is the channel: 1 stdout, 2 stderr. A frame may come in parts.
      if (frameStart) {
        data.get();
      }
      byte[] bytes = new byte[data.remaining()];
      data.get(bytes);
      out.print(new String(bytes, StandardCharsets.UTF_8));
      frameStart = last;
      socket.request(1);
      return null;
    }

    @Override
    public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
      text.append(data);
      if (last) {
        // A real client parses the JSON; the gateway sends it without spaces.
        Matcher exit = EXIT.matcher(text);
        if (exit.find()) {
          exitCode.complete(Integer.parseInt(exit.group(1)));
        }
        text.setLength(0);
      }
      socket.request(1);
      return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket socket, int code, String reason) {
      exitCode.completeExceptionally(new IllegalStateException(code + " " + reason));
      return null;
    }

    @Override
    public void onError(WebSocket socket, Throwable error) {
      exitCode.completeExceptionally(error);
    }
  }
}

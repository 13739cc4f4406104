package dev.lxdjava.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.function.Predicate;

/**
 * A WebSocket client of the gateway as a browser would use it: the JDK's client, no custom headers,
 * authentication in the URL. It records text messages, output per channel and the close.
 */
final class GatewaySocket implements WebSocket.Listener, AutoCloseable {
  private final ObjectMapper json = new ObjectMapper();
  private final List<JsonNode> messages = new ArrayList<>();
  private final Map<Integer, ByteArrayOutputStream> channels =
      Map.of(1, new ByteArrayOutputStream(), 2, new ByteArrayOutputStream());
  private final StringBuilder text = new StringBuilder();
  private final ByteArrayOutputStream binary = new ByteArrayOutputStream();
  private WebSocket socket;
  private int closeCode = -1;
  private String closeReason = "";

  static GatewaySocket open(int port, String pathAndQuery) throws Exception {
    GatewaySocket client = new GatewaySocket();
    client.socket =
        HttpClient.newHttpClient()
            .newWebSocketBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .buildAsync(URI.create("ws://127.0.0.1:" + port + pathAndQuery), client)
            .get();
    return client;
  }

  @Override
  public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
    synchronized (this) {
      text.append(data);
      if (last) {
        try {
          messages.add(json.readTree(text.toString()));
        } catch (java.io.IOException e) {
          throw new AssertionError("not JSON: " + text, e);
        }
        text.setLength(0);
        notifyAll();
      }
    }
    webSocket.request(1);
    return null;
  }

  @Override
  public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
    synchronized (this) {
      byte[] bytes = new byte[data.remaining()];
      data.get(bytes);
      binary.write(bytes, 0, bytes.length);
      if (last) {
        byte[] frame = binary.toByteArray();
        binary.reset();
        channels.get((int) frame[0]).write(frame, 1, frame.length - 1);
        notifyAll();
      }
    }
    webSocket.request(1);
    return null;
  }

  @Override
  public synchronized CompletionStage<?> onClose(WebSocket webSocket, int code, String reason) {
    closeCode = code;
    closeReason = reason;
    notifyAll();
    return null;
  }

  @Override
  public synchronized void onError(WebSocket webSocket, Throwable error) {
    if (closeCode < 0) {
      closeCode = 1006;
      closeReason = String.valueOf(error);
    }
    notifyAll();
  }

  void sendJson(Map<String, ?> message) throws Exception {
    socket.sendText(json.writeValueAsString(message), true).get();
  }

  void sendStdin(String keys) throws Exception {
    byte[] bytes = keys.getBytes(StandardCharsets.UTF_8);
    ByteBuffer frame = ByteBuffer.allocate(bytes.length + 1).put((byte) 0).put(bytes).flip();
    socket.sendBinary(frame, true).get();
  }

  /** Closes from the client side, as a browser tab that goes away. */
  void abort() {
    socket.abort();
  }

  @Override
  public void close() {
    socket.abort();
  }

  synchronized String output(int channel) {
    return channels.get(channel).toString(StandardCharsets.UTF_8);
  }

  synchronized List<JsonNode> messages() {
    return List.copyOf(messages);
  }

  synchronized int closeCode() {
    return closeCode;
  }

  synchronized String closeReason() {
    return closeReason;
  }

  synchronized String awaitOutput(int channel, String expected, Duration timeout)
      throws InterruptedException {
    await(
        () -> output(channel).contains(expected), timeout, "output containing '" + expected + "'");
    return output(channel);
  }

  synchronized JsonNode awaitMessage(Predicate<JsonNode> match, Duration timeout)
      throws InterruptedException {
    await(() -> messages.stream().anyMatch(match), timeout, "a matching message");
    return messages.stream().filter(match).findFirst().orElseThrow();
  }

  synchronized JsonNode awaitFirstMessage(Duration timeout) throws InterruptedException {
    return awaitMessage(message -> true, timeout);
  }

  synchronized JsonNode awaitType(String type, Duration timeout) throws InterruptedException {
    return awaitMessage(message -> message.path("type").asText().equals(type), timeout);
  }

  synchronized int awaitClose(Duration timeout) throws InterruptedException {
    await(() -> closeCode >= 0, timeout, "the close");
    return closeCode;
  }

  private synchronized void await(
      java.util.function.BooleanSupplier condition, Duration timeout, String what)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!condition.getAsBoolean()) {
      long remaining = deadline - System.nanoTime();
      if (remaining <= 0) {
        throw new AssertionError(
            "no "
                + what
                + " within "
                + timeout
                + "; messages "
                + messages
                + ", stdout '"
                + channels.get(1)
                + "', stderr '"
                + channels.get(2)
                + "', close "
                + closeCode
                + " "
                + closeReason);
      }
      wait(Math.max(1, remaining / 1_000_000));
    }
  }
}

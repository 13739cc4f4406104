package dev.lxdjava.testkit.fake;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;

/** A client WebSocket for tests that records what arrives and sends frames. */
public final class Frames implements Session.Listener.AutoDemanding {
  /** One received frame. */
  record Frame(boolean text, byte[] data) {
    String asText() {
      return new String(data, StandardCharsets.UTF_8);
    }
  }

  private final BlockingQueue<Frame> frames = new LinkedBlockingQueue<>();
  private final List<String> pings = new CopyOnWriteArrayList<>();
  private final ByteArrayOutputStream binary = new ByteArrayOutputStream();
  private final CountDownLatch closed = new CountDownLatch(1);
  private final CountDownLatch emptyText = new CountDownLatch(1);
  private volatile Session session;
  private volatile int closeCode;

  @Override
  public void onWebSocketOpen(Session opened) {
    session = opened;
  }

  @Override
  public void onWebSocketText(String text) {
    frames.add(new Frame(true, text.getBytes(StandardCharsets.UTF_8)));
    if (text.isEmpty()) {
      emptyText.countDown();
    }
  }

  @Override
  public void onWebSocketBinary(ByteBuffer payload, Callback callback) {
    byte[] data = new byte[payload.remaining()];
    payload.get(data);
    synchronized (binary) {
      binary.writeBytes(data);
    }
    frames.add(new Frame(false, data));
    callback.succeed();
  }

  @Override
  public void onWebSocketPing(ByteBuffer payload) {
    byte[] data = new byte[payload.remaining()];
    payload.get(data);
    pings.add(new String(data, StandardCharsets.US_ASCII));
    session.sendPong(ByteBuffer.wrap(data), Callback.NOOP);
  }

  @Override
  public void onWebSocketClose(int statusCode, String reason) {
    closeCode = statusCode;
    closed.countDown();
  }

  void sendBinary(byte[] data) {
    session.sendBinary(ByteBuffer.wrap(data), Callback.NOOP);
  }

  void sendText(String text) {
    session.sendText(text, Callback.NOOP);
  }

  void close() {
    session.close(1000, "", Callback.NOOP);
  }

  /** The next frame, waiting up to ten seconds. */
  Frame next() throws InterruptedException {
    Frame frame = frames.poll(10, TimeUnit.SECONDS);
    if (frame == null) {
      throw new AssertionError("no frame within 10 s");
    }
    return frame;
  }

  /** The next frame within {@code millis}, or {@code null}. */
  Frame poll(long millis) throws InterruptedException {
    return frames.poll(millis, TimeUnit.MILLISECONDS);
  }

  /** All binary data received so far, concatenated. */
  byte[] binary() {
    synchronized (binary) {
      return binary.toByteArray();
    }
  }

  String binaryText() {
    return new String(binary(), StandardCharsets.UTF_8);
  }

  List<String> pings() {
    return pings;
  }

  boolean awaitEmptyText() throws InterruptedException {
    return emptyText.await(10, TimeUnit.SECONDS);
  }

  boolean awaitClose() throws InterruptedException {
    return closed.await(10, TimeUnit.SECONDS);
  }

  int closeCode() {
    return closeCode;
  }

  /** Waits until the binary output contains {@code text}. */
  void awaitOutput(String text) throws InterruptedException {
    long deadline = System.currentTimeMillis() + 10_000;
    while (!binaryText().contains(text)) {
      if (System.currentTimeMillis() > deadline) {
        throw new AssertionError("output never contained '" + text + "', got: " + binaryText());
      }
      Thread.sleep(10);
    }
  }
}

package dev.lxdjava.testkit.fake.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;

/** The open WebSocket sessions, so faults and restarts can drop them. */
public final class WebSockets {
  private final Set<Session> open = ConcurrentHashMap.newKeySet();

  void opened(Session session) {
    open.add(session);
  }

  void closed(Session session) {
    open.remove(session);
  }

  /** Drops every open session without a close frame, as a broken connection would. */
  public void dropAll() {
    for (Session session : open) {
      session.disconnect();
    }
    open.clear();
  }

  /** The number of open sessions. */
  public int count() {
    return open.size();
  }

  /** Sends a binary frame; frames from one session go out in call order. */
  static void sendBinary(Session session, byte[] data) {
    synchronized (session) {
      if (session.isOpen()) {
        session.sendBinary(ByteBuffer.wrap(data), Callback.NOOP);
      }
    }
  }

  static void sendText(Session session, String text) {
    synchronized (session) {
      if (session.isOpen()) {
        session.sendText(text, Callback.NOOP);
      }
    }
  }

  /** Sends LXD's greeting ping, which LXD sends on every WebSocket it opens. */
  static void sendKeepalive(Session session) {
    synchronized (session) {
      if (session.isOpen()) {
        session.sendPing(
            ByteBuffer.wrap("keepalive".getBytes(StandardCharsets.US_ASCII)), Callback.NOOP);
      }
    }
  }

  /** Ends a stream as LXD does: an empty text frame, then a normal close. */
  static void endStream(Session session) {
    synchronized (session) {
      if (session.isOpen()) {
        session.sendText("", Callback.NOOP);
        session.close(1000, "", Callback.NOOP);
      }
    }
  }

  static void close(Session session) {
    synchronized (session) {
      if (session.isOpen()) {
        session.close(1000, "", Callback.NOOP);
      }
    }
  }
}

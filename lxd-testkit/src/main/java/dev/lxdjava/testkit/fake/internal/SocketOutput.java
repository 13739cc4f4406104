package dev.lxdjava.testkit.fake.internal;

import java.io.OutputStream;
import java.util.Map;
import org.eclipse.jetty.websocket.api.Session;

/**
 * A process's standard output or error, sent as one binary frame per write on one fd's WebSocket.
 * Output written while that fd has no WebSocket is dropped.
 */
final class SocketOutput extends OutputStream {
  private final Map<String, Session> sockets;
  private final String fd;

  SocketOutput(Map<String, Session> sockets, String fd) {
    this.sockets = sockets;
    this.fd = fd;
  }

  @Override
  public void write(int b) {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public void write(byte[] data, int offset, int length) {
    if (length == 0) {
      return;
    }
    Session session = sockets.get(fd);
    if (session != null) {
      byte[] copy = new byte[length];
      System.arraycopy(data, offset, copy, 0, length);
      WebSockets.sendBinary(session, copy);
    }
  }
}

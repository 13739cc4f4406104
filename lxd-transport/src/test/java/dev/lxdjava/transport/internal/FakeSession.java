package dev.lxdjava.transport.internal;

import java.lang.reflect.Proxy;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;

/** A Jetty WebSocket session that records what is sent and how often frames are demanded. */
final class FakeSession {
  final List<String> texts = new ArrayList<>();
  final List<byte[]> binaries = new ArrayList<>();
  int demands;
  boolean open = true;

  Session session() {
    return (Session)
        Proxy.newProxyInstance(
            Session.class.getClassLoader(),
            new Class<?>[] {Session.class},
            (proxy, method, args) -> {
              switch (method.getName()) {
                case "demand" -> demands++;
                case "isOpen" -> {
                  return open;
                }
                case "sendText" -> {
                  texts.add((String) args[0]);
                  ((Callback) args[1]).succeed();
                }
                case "sendBinary" -> {
                  ByteBuffer buffer = (ByteBuffer) args[0];
                  byte[] copy = new byte[buffer.remaining()];
                  buffer.get(copy);
                  binaries.add(copy);
                  ((Callback) args[1]).succeed();
                }
                case "close" -> open = false;
                case "hashCode" -> {
                  return System.identityHashCode(proxy);
                }
                case "equals" -> {
                  return proxy == args[0];
                }
                case "toString" -> {
                  return "FakeSession";
                }
                default -> throw new UnsupportedOperationException(method.getName());
              }
              return null;
            });
  }
}

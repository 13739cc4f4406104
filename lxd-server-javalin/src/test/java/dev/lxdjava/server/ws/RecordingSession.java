package dev.lxdjava.server.ws;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;

/** A Jetty WebSocket session that records the text it is sent, standing in for a client. */
final class RecordingSession {
  private final List<String> texts = new ArrayList<>();
  private int closeCode = -1;

  Session session() {
    return (Session)
        Proxy.newProxyInstance(
            Session.class.getClassLoader(),
            new Class<?>[] {Session.class},
            (proxy, method, args) -> {
              switch (method.getName()) {
                case "sendText" -> {
                  synchronized (this) {
                    texts.add((String) args[0]);
                    notifyAll();
                  }
                  ((Callback) args[1]).succeed();
                }
                case "isOpen" -> {
                  return closeCode < 0;
                }
                case "close" -> closeCode = args == null ? 1000 : (int) args[0];
                case "hashCode" -> {
                  return System.identityHashCode(proxy);
                }
                case "equals" -> {
                  return proxy == args[0];
                }
                case "toString" -> {
                  return "RecordingSession";
                }
                default -> throw new UnsupportedOperationException(method.getName());
              }
              return null;
            });
  }

  synchronized List<String> texts() {
    return List.copyOf(texts);
  }

  /** Waits until a text containing {@code fragment} arrived. */
  synchronized void await(String fragment, long timeoutMillis) throws InterruptedException {
    long deadline = System.currentTimeMillis() + timeoutMillis;
    while (texts.stream().noneMatch(text -> text.contains(fragment))) {
      long remaining = deadline - System.currentTimeMillis();
      if (remaining <= 0) {
        throw new AssertionError("no message containing " + fragment + "; got " + texts);
      }
      wait(remaining);
    }
  }
}

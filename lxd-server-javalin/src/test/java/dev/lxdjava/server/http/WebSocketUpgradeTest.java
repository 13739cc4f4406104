package dev.lxdjava.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.lxdjava.server.openapi.Shape;
import dev.lxdjava.server.openapi.WsDoc;
import io.javalin.Javalin;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** A WebSocket upgrade gets the request id and an access log line like any request. */
class WebSocketUpgradeTest {
  private Javalin app;
  private ListAppender<ILoggingEvent> lines;
  private Logger access;

  @BeforeEach
  void startServer() {
    access = (Logger) LoggerFactory.getLogger("dev.lxdjava.server.access");
    lines = new ListAppender<>();
    lines.start();
    access.addAppender(lines);
    app =
        Javalin.create(
            config -> {
              var state = config.unsafe;
              RequestIdFilter filter =
                  new RequestIdFilter(
                      GatewayJson.mapper(),
                      path ->
                          state.wsRouter.getWsPathMatcher().findEndpointHandlerEntry(path) != null);
              config.jetty.modifyServletContextHandler(
                  handler ->
                      handler.addFilter(
                          new FilterHolder(filter),
                          "/*",
                          EnumSet.of(jakarta.servlet.DispatcherType.REQUEST)));
              config.requestLogger.ws(ws -> ws.onUpgrade(AccessLog::upgrade));
              new Router(config.routes)
                  .ws(
                      "/echo",
                      Access.PUBLIC,
                      WsDoc.builder("test", "Echo frames")
                          .fromServer(WsDoc.Frame.TEXT, "the frame sent", Shape.string())
                          .build(),
                      ws -> ws.onMessage(message -> message.send(message.message())));
            });
    app.start("127.0.0.1", 0);
  }

  @AfterEach
  void stopServer() {
    app.stop();
    access.detachAppender(lines);
  }

  /** Sends an upgrade request and returns the response head. */
  private String upgrade(String path) throws Exception {
    try (Socket socket = new Socket("127.0.0.1", app.port())) {
      socket.setSoTimeout(10_000);
      String request =
          "GET "
              + path
              + " HTTP/1.1\r\n"
              + "Host: 127.0.0.1\r\n"
              + "Upgrade: websocket\r\n"
              + "Connection: Upgrade\r\n"
              + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
              + "Sec-WebSocket-Version: 13\r\n"
              + "X-Request-ID: ws-1\r\n"
              + "\r\n";
      socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
      InputStream in = socket.getInputStream();
      StringBuilder head = new StringBuilder();
      while (head.indexOf("\r\n\r\n") < 0) {
        int next = in.read();
        if (next < 0) {
          break;
        }
        head.append((char) next);
      }
      return head.toString();
    }
  }

  @Test
  void upgradeEchoesRequestId() throws Exception {
    String head = upgrade("/echo");

    assertThat(head).startsWith("HTTP/1.1 101");
    assertThat(head).containsIgnoringCase("X-Request-ID: ws-1");
  }

  @Test
  void upgradeIsInAccessLog() throws Exception {
    upgrade("/echo");
    // The server logs the upgrade after it sent the 101, so the line may come a moment later.
    for (int i = 0; i < 50 && lines.list.isEmpty(); i++) {
      Thread.sleep(100);
    }

    assertThat(lines.list).hasSize(1);
    assertThat(lines.list.get(0).getFormattedMessage()).contains("/echo (websocket)");
    assertThat(lines.list.get(0).getMDCPropertyMap()).containsEntry("request_id", "ws-1");
  }
}

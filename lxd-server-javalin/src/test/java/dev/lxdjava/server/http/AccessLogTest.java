package dev.lxdjava.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.lxdjava.server.openapi.RouteDoc;
import dev.lxdjava.server.openapi.Shape;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.EnumSet;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The access log line: route pattern, status, duration, user and request id, no query. */
class AccessLogTest {
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
              RequestIdFilter filter = new RequestIdFilter(GatewayJson.mapper(), path -> false);
              config.jetty.modifyServletContextHandler(
                  handler ->
                      handler.addFilter(
                          new FilterHolder(filter),
                          "/*",
                          EnumSet.of(jakarta.servlet.DispatcherType.REQUEST)));
              config.requestLogger.http(AccessLog::http);
              new Router(config.routes)
                  .get(
                      "/things/{name}",
                      Access.PUBLIC,
                      RouteDoc.builder("test", "Get a thing")
                          .query(QueryParams.PROJECT)
                          .json(200, "the thing", Shape.any())
                          .build(),
                      ctx -> ctx.result("{}"));
            });
    app.start("127.0.0.1", 0);
  }

  @AfterEach
  void stopServer() {
    app.stop();
    access.detachAppender(lines);
  }

  @Test
  void lineNamesRouteStatusUserAndRequestId() throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + app.port() + "/things/a1?project=secret-ish"))
            .header("X-Request-ID", "log-test-1")
            .header("Authorization", "Bearer abc.def.ghi")
            .build();

    HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

    ILoggingEvent line = lines.list.get(0);
    Map<String, Object> fields =
        line.getKeyValuePairs().stream()
            .collect(Collectors.toMap(pair -> pair.key, pair -> pair.value));
    assertThat(fields)
        .containsEntry("method", "GET")
        .containsEntry("route", "/things/{name}")
        .containsEntry("status", 200)
        .containsEntry("user", "-")
        .containsKey("duration_ms");
    assertThat(line.getMDCPropertyMap()).containsEntry("request_id", "log-test-1");
    assertThat(line.getFormattedMessage()).doesNotContain("secret-ish").doesNotContain("abc.def");
  }
}

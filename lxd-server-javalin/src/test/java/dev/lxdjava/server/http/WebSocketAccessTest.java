package dev.lxdjava.server.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.lxdjava.auth.AuditEvent;
import dev.lxdjava.auth.AuditQuery;
import dev.lxdjava.auth.AuthService;
import dev.lxdjava.auth.Role;
import dev.lxdjava.server.openapi.Shape;
import dev.lxdjava.server.openapi.WsDoc;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.file.Path;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The central check also guards WebSocket upgrades, with the token in the query. */
class WebSocketAccessTest {
  @TempDir Path dir;
  private AuthService auth;
  private Javalin app;

  @BeforeEach
  void startServer() {
    auth = TestAuth.open(dir);
    AuditTrail audit = new AuditTrail(auth.audit());
    Authentication authentication = new Authentication(auth, audit);
    app =
        Javalin.create(
                config -> {
                  config.startup.showJavalinBanner = false;
                  Router router = new Router(config.routes);
                  config.routes.wsBeforeUpgrade(authentication::checkUpgrade);
                  Problems problems = new Problems(GatewayJson.mapper());
                  config.routes.exception(Exception.class, problems::handle);
                  router.ws(
                      "/ws/exec",
                      Access.OPERATOR,
                      WsDoc.builder("test", "Greet the project")
                          .query(QueryParams.PROJECT)
                          .fromServer(WsDoc.Frame.TEXT, "a greeting", Shape.string())
                          .build(),
                      ws -> ws.onConnect(ctx -> ctx.send("hello " + ctx.queryParam("project"))));
                })
            .start("127.0.0.1", 0);
  }

  @AfterEach
  void stopServer() {
    app.stop();
  }

  private String token(String username, Role role) {
    auth.createUser(username, username + "-password-1", role);
    return auth.login(username, username + "-password-1", "127.0.0.1").accessToken();
  }

  private WebSocket connect(String query) {
    URI uri = URI.create("ws://127.0.0.1:" + app.port() + "/ws/exec?" + query);
    return HttpClient.newHttpClient()
        .newWebSocketBuilder()
        .buildAsync(uri, new WebSocket.Listener() {})
        .orTimeout(10, TimeUnit.SECONDS)
        .join();
  }

  private static int handshakeStatus(Throwable error) {
    Throwable cause = error instanceof CompletionException ? error.getCause() : error;
    return ((WebSocketHandshakeException) cause).getResponse().statusCode();
  }

  @Test
  void upgradeWithoutTokenIsRefused() {
    Throwable error = catchThrowable(() -> connect("project=default"));

    assertThat(handshakeStatus(error)).isEqualTo(401);
  }

  @Test
  void upgradeByViewerIsForbidden() {
    String viewer = token("viewer1", Role.VIEWER);

    Throwable error = catchThrowable(() -> connect("token=" + viewer));

    assertThat(handshakeStatus(error)).isEqualTo(403);
  }

  @Test
  void projectOperatorUpgradesInOwnProject() {
    String token = token("dev1", Role.NONE);
    auth.users().grant("dev1", "staging", Role.OPERATOR);

    WebSocket socket = connect("project=staging&token=" + token);
    Throwable elsewhere = catchThrowable(() -> connect("project=default&token=" + token));

    socket.abort();
    assertThat(handshakeStatus(elsewhere)).isEqualTo(403);
  }

  @Test
  void upgradesAreAudited() {
    String token = token("ops1", Role.OPERATOR);

    connect("token=" + token).abort();
    catchThrowable(() -> connect("token=bad"));

    var events = auth.audit().find(AuditQuery.ALL, 10, 0).items();
    assertThat(events).extracting(AuditEvent::action).containsOnly("websocket");
    assertThat(events).extracting(AuditEvent::status).containsExactly(401, 101);
    assertThat(events.get(1).username()).isEqualTo("ops1");
    assertThat(events.get(0).detail()).doesNotContain("bad");
  }
}

package dev.lxdjava.server.http;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The central check also guards WebSocket upgrades, with a ticket or the token in the query. A
 * failed check lets the upgrade through and closes the socket with 4000 plus the HTTP status, so a
 * browser can read why.
 */
class WebSocketAccessTest {
  @TempDir Path dir;
  private AuthService auth;
  private WsTickets tickets;
  private Javalin app;

  @BeforeEach
  void startServer() {
    auth = TestAuth.open(dir);
    AuditTrail audit = new AuditTrail(auth.audit());
    tickets = new WsTickets(Clock.systemUTC());
    Authentication authentication = new Authentication(auth, audit, tickets);
    app =
        Javalin.create(
                config -> {
                  config.startup.showJavalinBanner = false;
                  Router router = new Router(config.routes);
                  Problems problems = new Problems(GatewayJson.mapper());
                  new WebSocketGuard(problems).register(config.routes, authentication);
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

  /** Connects and returns the close code, or 0 when the socket greets instead. */
  private int outcome(String query) throws Exception {
    CompletableFuture<Integer> outcome = new CompletableFuture<>();
    URI uri = URI.create("ws://127.0.0.1:" + app.port() + "/ws/exec?" + query);
    WebSocket socket =
        HttpClient.newHttpClient()
            .newWebSocketBuilder()
            .buildAsync(
                uri,
                new WebSocket.Listener() {
                  @Override
                  public CompletionStage<?> onText(
                      WebSocket webSocket, CharSequence data, boolean last) {
                    if (data.toString().startsWith("hello")) {
                      outcome.complete(0);
                    }
                    webSocket.request(1);
                    return null;
                  }

                  @Override
                  public CompletionStage<?> onClose(WebSocket webSocket, int code, String reason) {
                    outcome.complete(code);
                    return null;
                  }
                })
            .get(10, TimeUnit.SECONDS);
    try {
      return outcome.get(10, TimeUnit.SECONDS);
    } finally {
      socket.abort();
    }
  }

  @Test
  void upgradeWithoutCredentialClosesWith4401() throws Exception {
    int code = outcome("project=default");

    assertThat(code).isEqualTo(4401);
  }

  @Test
  void upgradeByViewerClosesWith4403() throws Exception {
    String viewer = token("viewer1", Role.VIEWER);

    int code = outcome("token=" + viewer);

    assertThat(code).isEqualTo(4403);
  }

  @Test
  void projectOperatorConnectsInOwnProjectOnly() throws Exception {
    String token = token("dev1", Role.NONE);
    auth.users().grant("dev1", "staging", Role.OPERATOR);

    int own = outcome("project=staging&token=" + token);
    int elsewhere = outcome("project=default&token=" + token);

    assertThat(own).isZero();
    assertThat(elsewhere).isEqualTo(4403);
  }

  @Test
  void ticketWorksOnce() throws Exception {
    String ticket = tickets.issue(token("ops2", Role.OPERATOR));

    int first = outcome("ticket=" + ticket);
    int second = outcome("ticket=" + ticket);

    assertThat(first).isZero();
    assertThat(second).isEqualTo(4401);
  }

  @Test
  void upgradesAreAudited() throws Exception {
    String token = token("ops1", Role.OPERATOR);

    outcome("token=" + token);
    outcome("token=bad");

    var events = auth.audit().find(AuditQuery.ALL, 10, 0).items();
    assertThat(events).extracting(AuditEvent::action).containsOnly("websocket");
    assertThat(events).extracting(AuditEvent::status).containsExactly(401, 101);
    assertThat(events.get(1).username()).isEqualTo("ops1");
    assertThat(events.get(0).detail()).doesNotContain("bad");
  }
}

package dev.lxdjava.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lxdjava.auth.AuthService;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A route registered around the {@link Router} is found, and refused at run time. */
class RouteCoverageTest {
  @TempDir Path dir;
  private Javalin app;

  @BeforeEach
  void startServer() {
    AuthService auth = TestAuth.open(dir);
    Authentication authentication = new Authentication(auth, new AuditTrail(auth.audit()));
    app =
        Javalin.create(
                config -> {
                  config.startup.showJavalinBanner = false;
                  Router router = new Router(config.routes);
                  config.routes.beforeMatched(authentication::check);
                  config.routes.exception(
                      ApiException.class,
                      (e, ctx) -> ctx.status(e.status()).result(e.getMessage()));
                  router.get("/declared", Access.PUBLIC, ctx -> ctx.result("ok"));
                  config.routes.get("/rogue", ctx -> ctx.result("should never run"));
                  config.routes.ws("/rogue-ws", ws -> {});
                })
            .start("127.0.0.1", 0);
  }

  @AfterEach
  void stopServer() {
    app.stop();
  }

  @Test
  void undeclaredRoutesAreListed() {
    var undeclared = RouteCoverage.undeclared(app);

    assertThat(undeclared)
        .extracting(RouteCoverage.Registered::toString)
        .containsExactlyInAnyOrder("GET /rogue", "WEBSOCKET /rogue-ws");
  }

  @Test
  void undeclaredRouteAnswers500() throws Exception {
    HttpResponse<String> reply =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/rogue"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());

    assertThat(reply.statusCode()).isEqualTo(500);
    assertThat(reply.body()).doesNotContain("should never run");
  }
}

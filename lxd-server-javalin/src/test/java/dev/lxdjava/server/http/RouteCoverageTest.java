package dev.lxdjava.server.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.lxdjava.auth.AuthService;
import dev.lxdjava.server.openapi.Reply;
import dev.lxdjava.server.openapi.RouteDoc;
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

/**
 * A route registered around the {@link Router} is found and refused at run time. The HEAD twin of a
 * GET route carries and enforces the same declaration, and a project source the request cannot
 * carry fails the registration.
 */
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
                  router.get(
                      "/declared",
                      Access.PUBLIC,
                      doc("Get a public page"),
                      ctx -> ctx.result("ok"));
                  router.get(
                      "/private",
                      Access.ADMIN,
                      doc("Get an admin page"),
                      ctx -> ctx.result("should never run"));
                  config.routes.get("/rogue", ctx -> ctx.result("should never run"));
                  config.routes.ws("/rogue-ws", ws -> {});
                })
            .start("127.0.0.1", 0);
  }

  private static RouteDoc doc(String summary) {
    return RouteDoc.builder("test", summary).reply(Reply.empty(200, "the page")).build();
  }

  private HttpResponse<String> send(String method, String path) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
                .method(method, HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.ofString());
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
    HttpResponse<String> reply = send("GET", "/rogue");

    assertThat(reply.statusCode()).isEqualTo(500);
    assertThat(reply.body()).doesNotContain("should never run");
  }

  @Test
  void headTwinDeclaresLikeItsGet() {
    var registered = RouteCoverage.routes(app);

    assertThat(registered)
        .filteredOn(route -> route.path().equals("/private"))
        .extracting(RouteCoverage.Registered::access)
        .containsExactly(Access.ADMIN, Access.ADMIN);
  }

  @Test
  void headTwinIsCheckedLikeItsGet() throws Exception {
    HttpResponse<String> head = send("HEAD", "/private");
    HttpResponse<String> get = send("GET", "/private");

    assertThat(head.statusCode()).isEqualTo(401);
    assertThat(get.statusCode()).isEqualTo(401);
  }

  @Test
  void projectParameterMustBeDocumented() {
    Throwable error =
        catchThrowable(
            () ->
                Javalin.create(
                    config ->
                        new Router(config.routes)
                            .get("/api/v1/things", Access.VIEWER, doc("List things"), ctx -> {})));

    assertThat(error)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("GET /api/v1/things")
        .hasMessageContaining("'project'");
  }

  @Test
  void projectPathParameterMustExist() {
    Throwable error =
        catchThrowable(
            () ->
                Javalin.create(
                    config ->
                        new Router(config.routes)
                            .get(
                                "/api/v1/things",
                                Access.OPERATOR,
                                ProjectFrom.pathParam("name"),
                                doc("List things"),
                                ctx -> {})));

    assertThat(error).isInstanceOf(IllegalStateException.class).hasMessageContaining("'name'");
  }
}

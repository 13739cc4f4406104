package dev.lxdjava.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Swagger UI and ReDoc come from the gateway itself, not from a CDN; needs no LXD. */
class DocsPagesTest {
  private static GatewayHarness gateway;

  @BeforeAll
  static void startGateway() throws Exception {
    gateway = GatewayHarness.startWithoutLxd(Map.of());
  }

  @AfterAll
  static void stopGateway() throws Exception {
    gateway.close();
  }

  @Test
  void swaggerUiPageLoadsLocalAssets() throws Exception {
    var page = gateway.send("GET", "/docs", null, null);

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.header("Content-Type")).startsWith("text/html");
    assertThat(page.body()).contains("/docs/assets/swagger-ui-bundle.js").contains("/openapi.json");
    assertThat(page.body()).doesNotContain("https://");
  }

  @Test
  void swaggerUiBundleIsServed() throws Exception {
    var script = gateway.send("GET", "/docs/assets/swagger-ui-bundle.js", null, null);

    assertThat(script.status()).isEqualTo(200);
    assertThat(script.header("Content-Type")).startsWith("text/javascript");
    assertThat(script.body()).contains("SwaggerUIBundle");
  }

  @Test
  void redocPageLoadsLocalScript() throws Exception {
    var page = gateway.send("GET", "/redoc", null, null);
    var script = gateway.send("GET", "/redoc/assets/redoc.standalone.js", null, null);

    assertThat(page.body())
        .contains("/redoc/assets/redoc.standalone.js")
        .doesNotContain("https://");
    assertThat(script.status()).isEqualTo(200);
    assertThat(script.body().length()).isGreaterThan(100_000);
  }

  @Test
  void fileOutsideAllowListIs404Problem() throws Exception {
    var reply = gateway.send("GET", "/docs/assets/index.html", null, null);

    assertThat(reply.status()).isEqualTo(404);
    assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
  }
}

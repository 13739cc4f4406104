package dev.lxdjava.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Browser access from the origins in CORS_ORIGINS only; needs no LXD. */
class CorsTest {
  private static final String UI = "https://ui.example.com";

  private static GatewayHarness withCors;
  private static GatewayHarness withoutCors;

  @BeforeAll
  static void startGateways() throws Exception {
    withCors = GatewayHarness.startWithoutLxd(Map.of("CORS_ORIGINS", UI));
    withoutCors = GatewayHarness.startWithoutLxd(Map.of());
  }

  @AfterAll
  static void stopGateways() throws Exception {
    withCors.close();
    withoutCors.close();
  }

  private static HttpRequest preflight(GatewayHarness gateway, String origin) {
    return HttpRequest.newBuilder(gateway.uri("/api/v1/instances"))
        .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
        .header("Origin", origin)
        .header("Access-Control-Request-Method", "POST")
        .header("Access-Control-Request-Headers", "authorization, content-type")
        .build();
  }

  @Test
  void preflightFromListedOriginIsAllowed() throws Exception {
    var reply = withCors.send(preflight(withCors, UI));

    assertThat(reply.status()).isEqualTo(204);
    assertThat(reply.header("Access-Control-Allow-Origin")).isEqualTo(UI);
    assertThat(reply.header("Access-Control-Allow-Credentials")).isEqualTo("true");
    assertThat(reply.header("Access-Control-Allow-Methods")).contains("GET").contains("POST");
    assertThat(reply.header("Access-Control-Allow-Headers")).contains("Authorization");
    assertThat(reply.header("Vary")).contains("Origin");
  }

  @Test
  void preflightFromOtherOriginIsRejected() throws Exception {
    var reply = withCors.send(preflight(withCors, "https://evil.example.net"));

    assertThat(reply.status()).isEqualTo(403);
    assertThat(reply.header("Access-Control-Allow-Origin")).isNull();
    assertThat(reply.header("X-Request-ID")).isNotNull();
  }

  @Test
  void requestFromListedOriginExposesRequestId() throws Exception {
    var request = HttpRequest.newBuilder(withCors.uri("/health")).header("Origin", UI).build();

    var reply = withCors.send(request);

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.header("Access-Control-Allow-Origin")).isEqualTo(UI);
    assertThat(reply.header("Access-Control-Expose-Headers")).contains("X-Request-ID");
  }

  @Test
  void requestFromOtherOriginGetsNoCorsHeaders() throws Exception {
    var request =
        HttpRequest.newBuilder(withCors.uri("/health"))
            .header("Origin", "https://evil.example.net")
            .build();

    var reply = withCors.send(request);

    assertThat(reply.header("Access-Control-Allow-Origin")).isNull();
    assertThat(reply.header("Access-Control-Allow-Credentials")).isNull();
  }

  @Test
  void withoutOriginsPreflightIsNotAnswered() throws Exception {
    var reply = withoutCors.send(preflight(withoutCors, UI));

    assertThat(reply.status()).isEqualTo(405);
    assertThat(reply.header("Access-Control-Allow-Origin")).isNull();
  }
}

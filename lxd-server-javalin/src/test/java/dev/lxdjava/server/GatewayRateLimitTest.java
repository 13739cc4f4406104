package dev.lxdjava.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Login and refresh limits over HTTP: 429 with Retry-After; no LXD needed. */
class GatewayRateLimitTest {
  private GatewayHarness gateway;

  @AfterEach
  void stopGateway() throws Exception {
    gateway.close();
  }

  private GatewayHarness.Reply login(String username, Map<String, String> headers)
      throws Exception {
    return gateway.send(
        "POST",
        "/api/v1/auth/login",
        null,
        Map.of("username", username, "password", "some-wrong-password"),
        headers);
  }

  @Test
  void loginOverAddressLimitGets429WithRetryAfter() throws Exception {
    gateway = GatewayHarness.startWithoutLxd(Map.of("RATE_LIMIT_LOGIN_PER_IP", "2"));
    login("a-user", Map.of());
    login("b-user", Map.of());

    var limited = login("c-user", Map.of());

    assertThat(limited.status()).isEqualTo(429);
    assertThat(Long.parseLong(limited.header("Retry-After"))).isBetween(1L, 60L);
    assertThat(limited.json().get("type").asText()).endsWith("rate-limited");
  }

  @Test
  void loginOverUsernameLimitGets429() throws Exception {
    gateway = GatewayHarness.startWithoutLxd(Map.of("RATE_LIMIT_LOGIN_PER_USER", "2"));
    login("target", Map.of());
    login("target", Map.of());

    var limited = login("TARGET", Map.of());

    assertThat(limited.status()).isEqualTo(429);
    assertThat(limited.json().get("detail").asText()).contains("for this user");
  }

  @Test
  void forwardedForIsIgnoredWithoutTrustedProxy() throws Exception {
    gateway = GatewayHarness.startWithoutLxd(Map.of("RATE_LIMIT_LOGIN_PER_IP", "1"));
    login("a-user", Map.of("X-Forwarded-For", "198.51.100.1"));

    var limited = login("b-user", Map.of("X-Forwarded-For", "198.51.100.2"));

    assertThat(limited.status()).isEqualTo(429);
  }

  @Test
  void forwardedForCountsBehindTrustedProxy() throws Exception {
    gateway =
        GatewayHarness.startWithoutLxd(
            Map.of("RATE_LIMIT_LOGIN_PER_IP", "1", "TRUSTED_PROXIES", "127.0.0.1,::1"));
    login("a-user", Map.of("X-Forwarded-For", "198.51.100.1"));

    var other = login("b-user", Map.of("X-Forwarded-For", "198.51.100.2"));
    var same = login("c-user", Map.of("X-Forwarded-For", "198.51.100.1"));

    assertThat(other.status()).isEqualTo(401);
    assertThat(same.status()).isEqualTo(429);
  }

  @Test
  void refreshOverAddressLimitGets429() throws Exception {
    gateway = GatewayHarness.startWithoutLxd(Map.of("RATE_LIMIT_REFRESH_PER_IP", "1"));
    gateway.send("POST", "/api/v1/auth/refresh", null, Map.of("refresh_token", "lxdr_x"));

    var limited =
        gateway.send("POST", "/api/v1/auth/refresh", null, Map.of("refresh_token", "lxdr_y"));

    assertThat(limited.status()).isEqualTo(429);
    assertThat(limited.header("Retry-After")).isNotNull();
  }
}

package dev.lxdjava.server.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.event.KeyValuePair;

class JsonLineEncoderTest {
  private final JsonLineEncoder encoder = new JsonLineEncoder();
  private final Logger logger = new LoggerContext().getLogger("dev.lxdjava.server.access");

  private LoggingEvent event(String message, Throwable error) {
    LoggingEvent event = new LoggingEvent("test", logger, Level.INFO, message, error, null);
    event.setMDCPropertyMap(Map.of("request_id", "req-1"));
    return event;
  }

  private static JsonNode parse(byte[] line) throws Exception {
    String text = new String(line, StandardCharsets.UTF_8);
    assertThat(text).endsWith("\n").doesNotContain("\n\n");
    assertThat(text.indexOf('\n')).isEqualTo(text.length() - 1);
    return new ObjectMapper().readTree(text);
  }

  @Test
  void eventIsOneJsonLineWithRequestId() throws Exception {
    JsonNode line = parse(encoder.encode(event("GET /health 200", null)));

    assertThat(line.get("level").asText()).isEqualTo("INFO");
    assertThat(line.get("logger").asText()).isEqualTo("dev.lxdjava.server.access");
    assertThat(line.get("message").asText()).isEqualTo("GET /health 200");
    assertThat(line.get("request_id").asText()).isEqualTo("req-1");
    assertThat(line.get("time").asText()).endsWith("Z");
  }

  @Test
  void keyValuePairsKeepTheirTypes() throws Exception {
    LoggingEvent event = event("access", null);
    event.setKeyValuePairs(
        List.of(new KeyValuePair("status", 200), new KeyValuePair("route", "/api/v1/instances")));

    JsonNode line = parse(encoder.encode(event));

    assertThat(line.get("status").isInt()).isTrue();
    assertThat(line.get("route").asText()).isEqualTo("/api/v1/instances");
  }

  @Test
  void stackTraceStaysOnOneLine() throws Exception {
    JsonNode line = parse(encoder.encode(event("failed", new IllegalStateException("boom"))));

    assertThat(line.get("error").asText()).contains("IllegalStateException: boom");
  }

  @Test
  void bearerTokensAreRedacted() throws Exception {
    String jwt = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhZG1pbiJ9.c2lnbmF0dXJl";

    JsonNode line = parse(encoder.encode(event("header Authorization: Bearer " + jwt, null)));

    assertThat(line.get("message").asText())
        .isEqualTo("header Authorization: Bearer [redacted]")
        .doesNotContain(jwt);
  }

  @Test
  void apiKeysAndRefreshTokensAreRedacted() throws Exception {
    String key = "lxdk_-EvlGm_IJYK9mh_uCFQiDtNuCjXI1TL2gRcwqpysI9Y";
    String refresh = "lxdr_q1Zx9-Ab_cdEFghIJklMNopQRstUVwxyz0123456789";

    JsonNode line = parse(encoder.encode(event("key " + key + ", refresh " + refresh, null)));

    assertThat(line.get("message").asText()).isEqualTo("key [redacted], refresh [redacted]");
  }
}

package dev.lxdjava.server.logging;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.encoder.EncoderBase;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.lxdjava.auth.ApiKeys;
import dev.lxdjava.auth.AuthService;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Pattern;
import org.slf4j.event.KeyValuePair;

/**
 * Writes each log event as one JSON object on one line: {@code time} (ISO-8601 UTC), {@code level},
 * {@code logger}, {@code thread}, {@code message}, every MDC entry (such as {@code request_id}) and
 * every key-value pair of the event at the top level, and {@code error} with the stack trace.
 * Numbers and booleans of key-value pairs stay JSON numbers and booleans.
 *
 * <p>Bearer credentials, JWTs, API keys ({@code lxdk_…}) and refresh tokens ({@code lxdr_…}) that
 * reach a message by mistake are replaced by {@code [redacted]}.
 */
public final class JsonLineEncoder extends EncoderBase<ILoggingEvent> {
  private static final byte[] NEWLINE = {'\n'};
  private static final Pattern SECRETS =
      Pattern.compile(
          "(?i)(bearer\\s+)[A-Za-z0-9._~+/=-]+"
              + "|\\beyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*"
              + "|\\b(?:"
              + ApiKeys.PREFIX
              + "|"
              + AuthService.REFRESH_PREFIX
              + ")[A-Za-z0-9_-]+");

  private final JsonFactory factory = new JsonFactory();

  @Override
  public byte[] headerBytes() {
    return null;
  }

  @Override
  public byte[] footerBytes() {
    return null;
  }

  @Override
  public byte[] encode(ILoggingEvent event) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256);
    try (JsonGenerator json = factory.createGenerator(out)) {
      json.writeStartObject();
      json.writeStringField("time", Instant.ofEpochMilli(event.getTimeStamp()).toString());
      json.writeStringField("level", event.getLevel().toString());
      json.writeStringField("logger", event.getLoggerName());
      json.writeStringField("thread", event.getThreadName());
      json.writeStringField("message", redact(event.getFormattedMessage()));
      for (Map.Entry<String, String> entry : event.getMDCPropertyMap().entrySet()) {
        json.writeStringField(entry.getKey(), entry.getValue());
      }
      if (event.getKeyValuePairs() != null) {
        for (KeyValuePair pair : event.getKeyValuePairs()) {
          writeValue(json, pair.key, pair.value);
        }
      }
      IThrowableProxy error = event.getThrowableProxy();
      if (error != null) {
        json.writeStringField("error", redact(ThrowableProxyUtil.asString(error)));
      }
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot encode log event", e);
    }
    out.writeBytes(NEWLINE);
    return out.toByteArray();
  }

  private static void writeValue(JsonGenerator json, String key, Object value) throws IOException {
    json.writeFieldName(key);
    if (value == null) {
      json.writeNull();
    } else if (value instanceof Integer || value instanceof Long || value instanceof Short) {
      json.writeNumber(((Number) value).longValue());
    } else if (value instanceof Number number) {
      json.writeNumber(number.doubleValue());
    } else if (value instanceof Boolean bool) {
      json.writeBoolean(bool);
    } else {
      json.writeString(redact(value.toString()));
    }
  }

  static String redact(String text) {
    if (text == null) {
      return "";
    }
    return SECRETS
        .matcher(text)
        .replaceAll(match -> match.group(1) != null ? match.group(1) + "[redacted]" : "[redacted]");
  }
}

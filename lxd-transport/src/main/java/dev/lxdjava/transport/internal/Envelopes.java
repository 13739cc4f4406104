package dev.lxdjava.transport.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import dev.lxdjava.core.LxdProtocolException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;

/**
 * Decodes LXD's reply envelope: sync and async replies become {@link LxdResponse}s, error envelopes
 * typed exceptions chosen by {@code error_code}.
 */
final class Envelopes {
  private Envelopes() {}

  /** Decodes an envelope; error envelopes are raised as typed errors. */
  static LxdResponse decode(
      ObjectMapper json,
      String method,
      String target,
      int status,
      byte[] content,
      HttpFields headers) {
    JsonNode envelope = parse(json, method, target, status, content);
    String type = envelope.path("type").asText("");
    switch (type) {
      case "sync", "async" -> {
        JsonNode metadata = envelope.has("metadata") ? envelope.get("metadata") : NullNode.instance;
        String etag = headers.get(HttpHeader.ETAG);
        return new LxdResponse(
            method,
            target,
            status,
            type.equals("async"),
            envelope.path("operation").asText(""),
            metadata,
            etag == null ? "" : etag);
      }
      case "error" -> {
        int errorCode = envelope.path("error_code").asInt(0);
        throw LxdErrors.fromEnvelope(
            errorCode == 0 ? status : errorCode, envelope.path("error").asText(""), method, target);
      }
      default ->
          throw new LxdProtocolException(
              method + " " + target + ": reply has unknown envelope type '" + type + "'");
    }
  }

  private static JsonNode parse(
      ObjectMapper json, String method, String target, int status, byte[] body) {
    try {
      JsonNode node = json.readTree(body);
      if (node != null && node.isObject()) {
        return node;
      }
    } catch (IOException notJson) {
      // Handled below with the status and the start of the body.
    }
    String start = new String(body, 0, Math.min(body.length, 200), StandardCharsets.UTF_8);
    if (status >= 400) {
      throw LxdErrors.fromEnvelope(status, "non-JSON error reply: " + start, method, target);
    }
    throw new LxdProtocolException(
        method
            + " "
            + target
            + ": reply (HTTP "
            + status
            + ") is not an LXD JSON envelope: "
            + start);
  }
}
